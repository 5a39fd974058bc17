import { Plus, Trash2 } from 'lucide-react';

import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { NativeSelect } from '@/components/ui/native-select';

import { envInputId, inputId } from './form-errors';
import { FieldMessage } from '@/components/FormField';
import { LIMITS, isPlaceholder, looksSecret } from './validate-template';
import {
  newEnvRow,
  newPortRow,
  newVolumeRow,
  PROTOCOLS,
  type EnvRow,
  type PortRow,
  type VolumeRow,
} from './template-form';

interface EditorProps<Row> {
  rows: Row[];
  onChange: (rows: Row[]) => void;
  /** The error to show for a field (`touchKey` is what blurring marks as visited). */
  error: (field: string, touchKey?: string) => string | undefined;
  touch: (key: string) => void;
  /** The field naming the whole list, for list-level errors (`spec.ports`). */
  listError?: string;
}

function describe(id: string, error: string | undefined): string | undefined {
  return error ? `${id}-error` : undefined;
}

function replaceAt<T>(rows: T[], index: number, row: T): T[] {
  return rows.map((current, at) => (at === index ? row : current));
}

export function PortsEditor({ rows, onChange, error, touch, listError }: EditorProps<PortRow>) {
  return (
    <fieldset className="space-y-3" data-testid="ports-editor">
      <legend className="text-sm font-medium">Ports</legend>
      <p className="text-muted-foreground text-xs">
        What the container serves. A health path lets Dumont tell when the app is ready.
      </p>
      <div className="text-muted-foreground hidden grid-cols-[6rem_6.5rem_1fr_1fr_2.25rem] gap-2 text-xs font-medium sm:grid">
        <span>Port</span>
        <span>Protocol</span>
        <span>Label</span>
        <span>Health path</span>
      </div>
      <ul className="space-y-3">
        {rows.map((row, index) => {
          const base = `spec.ports[${index}]`;
          const fields = ['port', 'protocol', 'label', 'health_path'] as const;
          const errors = Object.fromEntries(
            fields.map((part) => [part, error(`${base}.${part}`)]),
          ) as Record<(typeof fields)[number], string | undefined>;
          const id = (part: string) => inputId(`${base}.${part}`);
          const update = (patch: Partial<PortRow>) =>
            onChange(replaceAt(rows, index, { ...row, ...patch }));
          return (
            <li key={row.key} data-testid="port-row" className="space-y-1">
              <div className="grid grid-cols-2 gap-2 sm:grid-cols-[6rem_6.5rem_1fr_1fr_2.25rem]">
                <Input
                  id={id('port')}
                  aria-label={`Port ${index + 1} number`}
                  inputMode="numeric"
                  placeholder="8080"
                  value={row.port}
                  onChange={(event) => update({ port: event.target.value })}
                  onBlur={() => touch(`${base}.port`)}
                  aria-invalid={errors.port ? true : undefined}
                  aria-describedby={describe(id('port'), errors.port)}
                />
                <NativeSelect
                  id={id('protocol')}
                  aria-label={`Port ${index + 1} protocol`}
                  value={row.protocol}
                  onChange={(event) => update({ protocol: event.target.value })}
                  aria-invalid={errors.protocol ? true : undefined}
                  aria-describedby={describe(id('protocol'), errors.protocol)}
                >
                  {PROTOCOLS.map((protocol) => (
                    <option key={protocol} value={protocol}>
                      {protocol}
                    </option>
                  ))}
                </NativeSelect>
                <Input
                  id={id('label')}
                  aria-label={`Port ${index + 1} label`}
                  placeholder="Web UI"
                  value={row.label}
                  onChange={(event) => update({ label: event.target.value })}
                  onBlur={() => touch(`${base}.label`)}
                  aria-invalid={errors.label ? true : undefined}
                  aria-describedby={describe(id('label'), errors.label)}
                />
                <Input
                  id={id('health_path')}
                  aria-label={`Port ${index + 1} health path`}
                  placeholder="/health"
                  value={row.health_path}
                  onChange={(event) => update({ health_path: event.target.value })}
                  onBlur={() => touch(`${base}.health_path`)}
                  aria-invalid={errors.health_path ? true : undefined}
                  aria-describedby={describe(id('health_path'), errors.health_path)}
                  className="font-mono"
                />
                <Button
                  type="button"
                  variant="ghost"
                  size="icon"
                  aria-label={`Remove port ${index + 1}`}
                  onClick={() => onChange(rows.filter((_, at) => at !== index))}
                >
                  <Trash2 aria-hidden="true" />
                </Button>
              </div>
              {fields.map((part) => (
                <FieldMessage key={part} id={id(part)} error={errors[part]} />
              ))}
            </li>
          );
        })}
      </ul>
      <FieldMessage id={inputId('spec.ports')} error={listError} />
      <Button
        type="button"
        variant="outline"
        size="sm"
        onClick={() => onChange([...rows, newPortRow()])}
        disabled={rows.length >= LIMITS.ports}
      >
        <Plus aria-hidden="true" />
        Add port
      </Button>
    </fieldset>
  );
}

export function EnvEditor({ rows, onChange, error, touch, listError }: EditorProps<EnvRow>) {
  return (
    <fieldset className="space-y-3" data-testid="env-editor">
      <legend className="text-sm font-medium">Environment variables</legend>
      <p className="text-muted-foreground text-xs">
        Never publish a secret: leave values of names like *TOKEN*, *KEY*, *PASSWORD* or *SECRET*
        empty or a placeholder such as &lt;your-token&gt;; people fill them in when they deploy.
      </p>
      {rows.length === 0 && (
        <p className="text-muted-foreground text-sm">No environment variables.</p>
      )}
      <ul className="space-y-3">
        {rows.map((row, index) => {
          const name = row.name.trim();
          const touchKey = `spec.env[${index}]`;
          const rowError =
            error(touchKey, touchKey) ?? (name ? error(`spec.env.${name}`, touchKey) : undefined);
          const nameId = envInputId(index, 'name');
          const valueId = envInputId(index, 'value');
          const secret = name !== '' && looksSecret(name);
          const update = (patch: Partial<EnvRow>) =>
            onChange(replaceAt(rows, index, { ...row, ...patch }));
          return (
            <li key={row.key} data-testid="env-row" className="space-y-1">
              <div className="grid grid-cols-[1fr_1fr_2.25rem] gap-2">
                <Input
                  id={nameId}
                  aria-label={`Variable ${index + 1} name`}
                  placeholder="NAME"
                  value={row.name}
                  onChange={(event) => update({ name: event.target.value })}
                  onBlur={() => touch(touchKey)}
                  aria-invalid={rowError ? true : undefined}
                  aria-describedby={describe(nameId, rowError)}
                  className="font-mono"
                  spellCheck={false}
                />
                <Input
                  id={valueId}
                  aria-label={`Variable ${index + 1} value`}
                  placeholder={secret ? '<your-token>' : 'value'}
                  value={row.value}
                  onChange={(event) => update({ value: event.target.value })}
                  onBlur={() => touch(touchKey)}
                  aria-invalid={rowError ? true : undefined}
                  aria-describedby={describe(nameId, rowError)}
                  className="font-mono"
                  spellCheck={false}
                  autoComplete="off"
                />
                <Button
                  type="button"
                  variant="ghost"
                  size="icon"
                  aria-label={`Remove variable ${index + 1}`}
                  onClick={() => onChange(rows.filter((_, at) => at !== index))}
                >
                  <Trash2 aria-hidden="true" />
                </Button>
              </div>
              {rowError ? (
                <FieldMessage id={nameId} error={rowError} />
              ) : (
                secret &&
                (row.value === '' || isPlaceholder(row.value)) && (
                  <p className="text-muted-foreground text-xs">
                    People deploying it set {name} themselves.
                  </p>
                )
              )}
            </li>
          );
        })}
      </ul>
      <FieldMessage id={inputId('spec.env')} error={listError} />
      <Button
        type="button"
        variant="outline"
        size="sm"
        onClick={() => onChange([...rows, newEnvRow()])}
        disabled={rows.length >= LIMITS.env}
      >
        <Plus aria-hidden="true" />
        Add variable
      </Button>
    </fieldset>
  );
}

export function VolumesEditor({ rows, onChange, error, touch, listError }: EditorProps<VolumeRow>) {
  return (
    <fieldset className="space-y-3" data-testid="volumes-editor">
      <legend className="text-sm font-medium">Volumes</legend>
      <p className="text-muted-foreground text-xs">
        Absolute container paths whose contents outlive the container.
      </p>
      {rows.length === 0 && <p className="text-muted-foreground text-sm">No volumes.</p>}
      <ul className="space-y-3">
        {rows.map((row, index) => {
          const field = `spec.volumes[${index}]`;
          const id = inputId(field);
          const rowError = error(field);
          return (
            <li key={row.key} className="space-y-1">
              <div className="grid grid-cols-[1fr_2.25rem] gap-2">
                <Input
                  id={id}
                  aria-label={`Volume ${index + 1} path`}
                  placeholder="/workspace"
                  value={row.path}
                  onChange={(event) =>
                    onChange(replaceAt(rows, index, { ...row, path: event.target.value }))
                  }
                  onBlur={() => touch(field)}
                  aria-invalid={rowError ? true : undefined}
                  aria-describedby={describe(id, rowError)}
                  className="font-mono"
                />
                <Button
                  type="button"
                  variant="ghost"
                  size="icon"
                  aria-label={`Remove volume ${index + 1}`}
                  onClick={() => onChange(rows.filter((_, at) => at !== index))}
                >
                  <Trash2 aria-hidden="true" />
                </Button>
              </div>
              <FieldMessage id={id} error={rowError} />
            </li>
          );
        })}
      </ul>
      <FieldMessage id={inputId('spec.volumes')} error={listError} />
      <Button
        type="button"
        variant="outline"
        size="sm"
        onClick={() => onChange([...rows, newVolumeRow()])}
        disabled={rows.length >= LIMITS.volumes}
      >
        <Plus aria-hidden="true" />
        Add volume
      </Button>
    </fieldset>
  );
}
