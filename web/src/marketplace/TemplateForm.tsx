import { CircleAlert, Eye, LoaderCircle, Pencil, Upload } from 'lucide-react';
import { lazy, Suspense, useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';

import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Input } from '@/components/ui/input';
import { NativeSelect } from '@/components/ui/native-select';
import { Skeleton } from '@/components/ui/skeleton';
import { Textarea } from '@/components/ui/textarea';
import { ApiError, describeError, fieldErrors, isApiError } from '@/lib/api';
import { categoryLabel } from '@/templates/category';

import { describedBy, fieldLabel, focusTarget, inputId } from './form-errors';
import { FieldMessage, FormField } from '@/components/FormField';
import { MAINTENANCE_STATUSES, VISIBILITIES } from './model';
import { EnvEditor, PortsEditor, VolumesEditor } from './SpecEditors';
import { APP_AUTH_OPTIONS } from './spec-options';
import { ARCHITECTURES, CATEGORIES, specChanged, type TemplateFormValues } from './template-form';
import { LIMITS, validateTemplate, type TemplateErrors } from './validate-template';

const TemplateReadme = lazy(() =>
  import('./TemplateReadme').then((module) => ({ default: module.TemplateReadme })),
);

const VISIBILITY_LABELS = {
  public: 'Public: listed in browse and search',
  unlisted: 'Unlisted: anyone with the link, not listed',
  private: 'Private: only you',
} as const;

const SPEC_FIELDS = new Set<keyof TemplateFormValues>([
  'docker_image',
  'launch_command',
  'gpu_min_vram',
  'gpu_recommended_vram',
  'cuda_version',
  'disk_gb',
  'app_auth',
]);

/** The request field a form value is checked and reported as. */
function serverField(field: keyof TemplateFormValues): string {
  return SPEC_FIELDS.has(field) ? `spec.${field}` : field;
}

/** Drops the errors about `prefix` and everything under it (`spec.ports` takes `spec.ports[1].port`). */
function without(errors: TemplateErrors, prefix: string): TemplateErrors {
  const kept: TemplateErrors = {};
  for (const [field, message] of Object.entries(errors)) {
    const under =
      field === prefix || field.startsWith(`${prefix}.`) || field.startsWith(`${prefix}[`);
    if (!under) kept[field] = message;
  }
  return kept;
}

/**
 * The server's errors by field: a 422's list, or a conflict (409, such as a slug already taken)
 * put on the field it is about.
 */
function serverFieldErrors(error: unknown, conflictField: string | undefined): TemplateErrors {
  const errors = fieldErrors(error);
  if (conflictField && isApiError(error, 409) && Object.keys(errors).length === 0) {
    errors[conflictField] = describeError(error);
  }
  return errors;
}

/** What a plain input of the form gets. */
interface TextFieldProps {
  id: string;
  value: string;
  onChange: (event: { target: { value: string } }) => void;
  onBlur: () => void;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

interface TemplateFormProps {
  mode: 'publish' | 'edit';
  initial: TemplateFormValues;
  /** For an edit: the template as loaded, to tell whether the spec changed. */
  original?: TemplateFormValues;
  /** Publishing from a deployment: what to say about it; its configuration is the spec. */
  fromDeployment?: ReactNode;
  pending: boolean;
  /** The last submit's error: a 422's field errors land on their fields. */
  error: unknown;
  /** The field a 409 Conflict is about (publishing: the slug). */
  conflictField?: string;
  onSubmit: (values: TemplateFormValues) => void;
  cancelTo: string;
}

export function TemplateForm({
  mode,
  initial,
  original,
  fromDeployment,
  pending,
  error,
  conflictField,
  onSubmit,
  cancelTo,
}: TemplateFormProps) {
  const [values, setValues] = useState(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<TemplateErrors>({});
  const [seenError, setSeenError] = useState<unknown>(null);
  const summary = useRef<HTMLDivElement>(null);

  // A new answer from the server: its field errors replace the previous ones.
  const answered = serverFieldErrors(error, conflictField);
  if (error !== seenError) {
    setSeenError(error);
    setServerErrors(answered);
  }
  const rejected = error instanceof ApiError && Object.keys(answered).length > 0;
  useEffect(() => {
    if (rejected) summary.current?.focus();
  }, [error, rejected]);

  const clientErrors = validateTemplate(values, { mode, original });
  const clientCount = Object.keys(clientErrors).length;
  const show = (field: string, touchKey = field) =>
    (submitted || touched.has(touchKey) ? clientErrors[field] : undefined) ?? serverErrors[field];
  const firstServer = (prefix: string) =>
    Object.entries(serverErrors).find(([field]) => field.startsWith(prefix))?.[1];

  function touch(key: string) {
    setTouched((current) => (current.has(key) ? current : new Set(current).add(key)));
  }

  function set<K extends keyof TemplateFormValues>(field: K, value: TemplateFormValues[K]) {
    setValues((current) => ({ ...current, [field]: value }));
    setServerErrors((current) => without(current, serverField(field)));
  }

  function setRows<K extends 'ports' | 'env' | 'volumes'>(field: K, rows: TemplateFormValues[K]) {
    setValues((current) => ({ ...current, [field]: rows }));
    setServerErrors((current) => without(current, `spec.${field}`));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitted(true);
    const [first] = Object.keys(clientErrors);
    if (first) {
      document.getElementById(focusTarget(first, values.env))?.focus();
      return;
    }
    onSubmit(values);
  }

  const summaryErrors: TemplateErrors = {
    ...(submitted ? clientErrors : {}),
    ...serverErrors,
  };
  const changedSpec = mode === 'edit' && original !== undefined && specChanged(values, original);

  // Plain inputs: id, value, change, blur, invalid state and description in one place.
  function text(
    field: keyof TemplateFormValues,
    hint: boolean,
    error = show(serverField(field)),
  ): TextFieldProps {
    const id = inputId(serverField(field));
    return {
      id,
      value: values[field] as string,
      onChange: (event: { target: { value: string } }) => set(field, event.target.value as never),
      onBlur: () => touch(serverField(field)),
      'aria-invalid': error ? true : undefined,
      'aria-describedby': describedBy(id, error, hint),
    };
  }

  const tagsError = show('tags') ?? firstServer('tags[');
  const regionsError = show('regions') ?? firstServer('regions[');

  return (
    <form noValidate onSubmit={submit} data-testid="publish-form" className="space-y-6">
      {Object.keys(summaryErrors).length > 0 && (submitted || rejected) ? (
        <div ref={summary} tabIndex={-1} className="outline-none" data-testid="error-summary">
          <Alert variant="destructive">
            <CircleAlert aria-hidden="true" />
            <AlertTitle>
              {!rejected
                ? `Fix ${clientCount} ${clientCount === 1 ? 'problem' : 'problems'} before ${mode === 'publish' ? 'publishing' : 'saving'}`
                : isApiError(error, 422)
                  ? (error.problem.title ?? 'The template was rejected')
                  : mode === 'publish'
                    ? "Couldn't publish the template"
                    : "Couldn't save the changes"}
            </AlertTitle>
            <AlertDescription>
              <ul className="list-disc space-y-0.5 pl-4">
                {Object.entries(summaryErrors).map(([field, message]) => (
                  <li key={field}>
                    <a
                      href={`#${focusTarget(field, values.env)}`}
                      className="underline-offset-2 hover:underline"
                      onClick={(event) => {
                        event.preventDefault();
                        document.getElementById(focusTarget(field, values.env))?.focus();
                      }}
                    >
                      {fieldLabel(field)}
                    </a>
                    : {message}
                  </li>
                ))}
              </ul>
            </AlertDescription>
          </Alert>
        </div>
      ) : (
        error !== null &&
        error !== undefined &&
        !rejected && (
          <Alert variant="destructive">
            <CircleAlert aria-hidden="true" />
            <AlertTitle>
              {mode === 'publish' ? "Couldn't publish the template" : "Couldn't save the changes"}
            </AlertTitle>
            <AlertDescription>{describeError(error)}</AlertDescription>
          </Alert>
        )
      )}

      <FormSection title="About" description="How people find it and what they read first.">
        {mode === 'publish' && (
          <FormField
            id={inputId('slug')}
            label="Slug"
            hint="Unique among your templates: lowercase letters, digits and dashes. It cannot change later."
            error={show('slug')}
          >
            <Input {...text('slug', true)} placeholder="my-comfyui" spellCheck={false} />
          </FormField>
        )}
        <FormField id={inputId('name')} label="Name" error={show('name')}>
          <Input {...text('name', false)} placeholder="ComfyUI with SDXL" />
        </FormField>
        <FormField
          id={inputId('description')}
          label="Description"
          hint="One or two sentences: what it runs and who it is for."
          error={show('description')}
        >
          <Textarea {...text('description', true)} rows={3} />
        </FormField>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField id={inputId('category')} label="Category" error={show('category')}>
            <NativeSelect {...text('category', false)} onBlur={() => touch('category')}>
              <option value="">Pick a category</option>
              {CATEGORIES.map((category) => (
                <option key={category} value={category}>
                  {categoryLabel(category)}
                </option>
              ))}
            </NativeSelect>
          </FormField>
          <FormField
            id={inputId('tags')}
            label="Tags"
            optional
            hint="Up to 10, separated by commas: comfyui, sdxl"
            error={tagsError}
          >
            <Input {...text('tags', true, tagsError)} spellCheck={false} />
          </FormField>
        </div>
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium">Architectures</legend>
          <div id={inputId('architectures')} tabIndex={-1} className="flex gap-4 outline-none">
            {ARCHITECTURES.map((arch) => (
              <label key={arch} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  className="accent-primary size-4"
                  checked={values.architectures.includes(arch)}
                  onChange={(event) => {
                    set(
                      'architectures',
                      event.target.checked
                        ? [...values.architectures, arch]
                        : values.architectures.filter((current) => current !== arch),
                    );
                    touch('architectures');
                  }}
                  aria-describedby={describedBy(
                    inputId('architectures'),
                    show('architectures'),
                    false,
                  )}
                />
                <span className="font-mono">{arch}</span>
              </label>
            ))}
          </div>
          <FieldMessage id={inputId('architectures')} error={show('architectures')} />
        </fieldset>
        <FormField
          id={inputId('regions')}
          label="Regions"
          optional
          hint="Where it is known to work well, separated by commas: US, eu-west"
          error={regionsError}
        >
          <Input {...text('regions', true, regionsError)} spellCheck={false} />
        </FormField>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField id={inputId('visibility')} label="Visibility" error={show('visibility')}>
            <NativeSelect {...text('visibility', false)}>
              {VISIBILITIES.map((visibility) => (
                <option key={visibility} value={visibility}>
                  {VISIBILITY_LABELS[visibility]}
                </option>
              ))}
            </NativeSelect>
          </FormField>
          <FormField
            id={inputId('maintenance_status')}
            label="Maintenance"
            error={show('maintenance_status')}
          >
            <NativeSelect {...text('maintenance_status', false)}>
              {MAINTENANCE_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {status.charAt(0).toUpperCase() + status.slice(1)}
                </option>
              ))}
            </NativeSelect>
          </FormField>
        </div>
      </FormSection>

      <FormSection
        title="README"
        description="Markdown, shown on the template's page. HTML is not rendered."
      >
        <ReadmeField value={values.readme} error={show('readme')} field={text('readme', true)} />
      </FormSection>

      <FormSection
        title="Launch spec"
        description="What runs on the GPU. Changing it publishes a new version."
      >
        {fromDeployment && (
          <div className="space-y-3">
            <Alert variant="info">
              <AlertTitle>Publishing from a deployment</AlertTitle>
              <AlertDescription>{fromDeployment}</AlertDescription>
            </Alert>
            <label className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                className="accent-primary size-4"
                checked={values.specByHand}
                onChange={(event) => set('specByHand', event.target.checked)}
                data-testid="spec-by-hand"
              />
              Set the launch spec by hand instead
            </label>
          </div>
        )}
        {values.specByHand && (
          <div className="space-y-5">
            <FormField
              id={inputId('spec.docker_image')}
              label="Docker image"
              hint="Pin a tag or digest so every deployment runs the same thing."
              error={show('spec.docker_image')}
            >
              <Input
                {...text('docker_image', true)}
                placeholder="ghcr.io/org/app:1.2"
                className="font-mono"
                spellCheck={false}
              />
            </FormField>
            <FormField
              id={inputId('spec.launch_command')}
              label="Launch command"
              optional
              hint="The container's command line; empty keeps the image's own."
              error={show('spec.launch_command')}
            >
              <Textarea
                {...text('launch_command', true)}
                rows={2}
                className="font-mono"
                spellCheck={false}
              />
            </FormField>
            <FormField
              id={inputId('spec.app_auth')}
              label="App access"
              hint={
                APP_AUTH_OPTIONS.find((option) => option.value === values.app_auth)?.description
              }
              error={show('spec.app_auth')}
            >
              <NativeSelect {...text('app_auth', true)}>
                {APP_AUTH_OPTIONS.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </NativeSelect>
            </FormField>
            <PortsEditor
              rows={values.ports}
              onChange={(rows) => setRows('ports', rows)}
              error={show}
              touch={touch}
              listError={show('spec.ports')}
            />
            <EnvEditor
              rows={values.env}
              onChange={(rows) => setRows('env', rows)}
              error={show}
              touch={touch}
              listError={show('spec.env')}
            />
            <VolumesEditor
              rows={values.volumes}
              onChange={(rows) => setRows('volumes', rows)}
              error={show}
              touch={touch}
              listError={show('spec.volumes')}
            />
            <div className="grid gap-4 sm:grid-cols-2">
              <FormField
                id={inputId('spec.gpu_min_vram')}
                label="Minimum VRAM (GB)"
                error={show('spec.gpu_min_vram')}
              >
                <Input {...text('gpu_min_vram', false)} inputMode="numeric" placeholder="8" />
              </FormField>
              <FormField
                id={inputId('spec.gpu_recommended_vram')}
                label="Recommended VRAM (GB)"
                optional
                error={show('spec.gpu_recommended_vram')}
              >
                <Input
                  {...text('gpu_recommended_vram', false)}
                  inputMode="numeric"
                  placeholder="16"
                />
              </FormField>
              <FormField
                id={inputId('spec.cuda_version')}
                label="CUDA version"
                optional
                hint="The least CUDA version the image needs, e.g. 12.1"
                error={show('spec.cuda_version')}
              >
                <Input {...text('cuda_version', true)} placeholder="12.1" />
              </FormField>
              <FormField
                id={inputId('spec.disk_gb')}
                label="Disk (GB)"
                optional
                hint="10 to 2048 GB: the image, models and data"
                error={show('spec.disk_gb')}
              >
                <Input {...text('disk_gb', true)} inputMode="numeric" placeholder="40" />
              </FormField>
            </div>
          </div>
        )}
      </FormSection>

      <FormSection
        title="Version"
        description={
          mode === 'publish'
            ? 'The first version of the template.'
            : changedSpec
              ? 'The launch spec changed: saving publishes a new version.'
              : 'Only a changed launch spec publishes a new version; other changes apply in place.'
        }
      >
        <div className="grid gap-4 sm:grid-cols-[12rem_minmax(0,1fr)]">
          <FormField
            id={inputId('version')}
            label="Version"
            optional={mode === 'edit'}
            hint={mode === 'publish' ? 'Semantic version' : 'Next minor when empty'}
            error={show('version')}
          >
            <Input
              {...text('version', true)}
              placeholder={mode === 'publish' ? '1.0.0' : 'e.g. 1.1.0'}
              disabled={mode === 'edit' && !changedSpec}
            />
          </FormField>
          <FormField
            id={inputId('changelog')}
            label="Changelog"
            optional={mode === 'publish' || !changedSpec}
            hint="What changed, for people running an older version."
            error={show('changelog')}
          >
            <Textarea
              {...text('changelog', true)}
              rows={2}
              disabled={mode === 'edit' && !changedSpec}
            />
          </FormField>
        </div>
      </FormSection>

      <FormSection
        title="Links and credits"
        description="All optional; they raise the quality score."
      >
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField
            id={inputId('license')}
            label="License"
            optional
            hint="SPDX identifier: MIT, Apache-2.0…"
            error={show('license')}
          >
            <Input {...text('license', true)} />
          </FormField>
          <FormField
            id={inputId('documentation_url')}
            label="Documentation URL"
            optional
            error={show('documentation_url')}
          >
            <Input {...text('documentation_url', false)} type="url" placeholder="https://" />
          </FormField>
          <FormField
            id={inputId('paper_doi')}
            label="Paper DOI"
            optional
            hint="The paper to cite, e.g. 10.1038/s41586-024-00001-x"
            error={show('paper_doi')}
          >
            <Input {...text('paper_doi', true)} spellCheck={false} />
          </FormField>
          <FormField
            id={inputId('funding_source')}
            label="Funding source"
            optional
            error={show('funding_source')}
          >
            <Input {...text('funding_source', false)} />
          </FormField>
        </div>
      </FormSection>

      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending} data-testid="publish-submit">
          {pending ? (
            <LoaderCircle className="animate-spin" aria-hidden="true" />
          ) : mode === 'publish' ? (
            <Upload aria-hidden="true" />
          ) : (
            <Pencil aria-hidden="true" />
          )}
          {pending
            ? mode === 'publish'
              ? 'Publishing…'
              : 'Saving…'
            : mode === 'publish'
              ? 'Publish template'
              : 'Save changes'}
        </Button>
        <Button asChild variant="ghost">
          <Link to={cancelTo}>Cancel</Link>
        </Button>
      </div>
    </form>
  );
}

function FormSection({
  title,
  description,
  children,
}: {
  title: string;
  description: string;
  children: ReactNode;
}) {
  const headingId = `form-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <Card role="group" aria-labelledby={headingId} className="gap-4">
      <CardHeader>
        <CardTitle>
          <h2 id={headingId} className="text-base">
            {title}
          </h2>
        </CardTitle>
        <CardDescription>{description}</CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">{children}</CardContent>
    </Card>
  );
}

interface ReadmeFieldProps {
  value: string;
  error: string | undefined;
  field: TextFieldProps;
}

/** The README editor, with a preview rendered exactly as the template page will. */
function ReadmeField({ value, error, field }: ReadmeFieldProps) {
  const [preview, setPreview] = useState(false);
  const id = inputId('readme');
  return (
    <div className="space-y-2">
      <div className="flex items-center justify-between gap-2">
        <label htmlFor={id} className="text-sm font-medium">
          README <span className="text-muted-foreground font-normal">(optional)</span>
        </label>
        <Button
          type="button"
          variant="ghost"
          size="sm"
          aria-pressed={preview}
          onClick={() => setPreview((current) => !current)}
        >
          <Eye aria-hidden="true" />
          Preview
        </Button>
      </div>
      {preview ? (
        <div className="min-h-40 rounded-md border p-4">
          {value.trim() ? (
            <Suspense fallback={<Skeleton className="h-24 w-full" />}>
              <TemplateReadme markdown={value} />
            </Suspense>
          ) : (
            <p className="text-muted-foreground text-sm">Nothing to preview yet.</p>
          )}
        </div>
      ) : (
        <Textarea {...field} rows={12} className="font-mono text-[13px]" />
      )}
      <FieldMessage
        id={id}
        error={error}
        hint={`${value.length.toLocaleString('en-US')} / ${LIMITS.readme.toLocaleString('en-US')} characters. A few paragraphs on what it runs and how to use it.`}
      />
    </div>
  );
}
