import { FieldMessage, FormField } from '@/components/FormField';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Switch } from '@/components/ui/switch';
import { cn } from '@/lib/utils';

import {
  SCHEDULE_IDS,
  WEEKDAYS,
  type HibernationField,
  type HibernationValues,
} from './hibernation';

/** Every zone the browser knows, offered as the time zone field is typed. */
function knownTimeZones(): string[] {
  return typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
}

interface StopScheduleFieldsProps {
  values: HibernationValues;
  edit: (change: Partial<HibernationValues>) => void;
  errorOf: (field: HibernationField) => string | undefined;
}

/**
 * Working hours (days, from, to, time zone) and a run time limit: each stops the instance even
 * when busy, whether idle hibernation is on or not.
 */
export function StopScheduleFields({ values, edit, errorOf }: StopScheduleFieldsProps) {
  return (
    <div className="space-y-4 border-t pt-4">
      <Toggle
        id={SCHEDULE_IDS.hoursOn}
        title="Stop outside working hours"
        description={
          values.hoursOn
            ? 'Outside these hours the instance is stopped, even if busy, after a warning. Started or woken outside them, it runs until the end of the next ones.'
            : 'It may run at any hour.'
        }
        checked={values.hoursOn}
        onChange={(hoursOn) => edit({ hoursOn })}
      />
      {values.hoursOn && <WorkingHoursFields values={values} edit={edit} errorOf={errorOf} />}
      <Toggle
        id={SCHEDULE_IDS.maxRunOn}
        title="Limit the run time"
        description={
          values.maxRunOn
            ? 'After this long running (counted from its start or last wake) the instance is stopped, even if busy, after a warning.'
            : 'It may run for as long as it is busy.'
        }
        checked={values.maxRunOn}
        onChange={(maxRunOn) => edit({ maxRunOn })}
      />
      {values.maxRunOn && (
        <FormField
          id={SCHEDULE_IDS.maxRun}
          label="Max run time"
          hint="1 minute to 7 days, e.g. 8h, 90m, 1h 30m or 2d."
          error={errorOf('maxRun')}
        >
          <Input
            id={SCHEDULE_IDS.maxRun}
            value={values.maxRun}
            onChange={(event) => edit({ maxRun: event.target.value })}
            aria-invalid={errorOf('maxRun') ? true : undefined}
            className="sm:w-40"
          />
        </FormField>
      )}
    </div>
  );
}

function Toggle({
  id,
  title,
  description,
  checked,
  onChange,
}: {
  id: string;
  title: string;
  description: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div className="flex items-center justify-between gap-3">
      <Label htmlFor={id} className="font-normal">
        <span>
          <span className="font-medium">{title}</span>
          <span className="text-muted-foreground block text-xs">{description}</span>
        </span>
      </Label>
      <Switch id={id} checked={checked} onCheckedChange={onChange} />
    </div>
  );
}

function WorkingHoursFields({ values, edit, errorOf }: StopScheduleFieldsProps) {
  const zones = knownTimeZones();
  return (
    <div className="space-y-4">
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Days</legend>
        <div className="flex flex-wrap gap-1.5">
          {WEEKDAYS.map(({ day, short }, i) => {
            const on = values.days.includes(day);
            return (
              <button
                key={day}
                id={i === 0 ? SCHEDULE_IDS.days : undefined}
                type="button"
                aria-pressed={on}
                onClick={() =>
                  edit({ days: on ? values.days.filter((d) => d !== day) : [...values.days, day] })
                }
                className={cn(
                  'h-8 rounded-md border px-2.5 text-sm transition-colors',
                  'focus-visible:ring-ring/50 outline-none focus-visible:ring-[3px]',
                  on ? 'bg-primary text-primary-foreground border-primary' : 'hover:bg-accent',
                )}
              >
                {short}
              </button>
            );
          })}
        </div>
        <FieldMessage id={SCHEDULE_IDS.days} error={errorOf('days')} />
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-3">
        <FormField id={SCHEDULE_IDS.start} label="From" error={errorOf('start')}>
          <Input
            id={SCHEDULE_IDS.start}
            type="time"
            value={values.start}
            onChange={(event) => edit({ start: event.target.value })}
            aria-invalid={errorOf('start') ? true : undefined}
          />
        </FormField>
        <FormField
          id={SCHEDULE_IDS.end}
          label="To"
          hint="Earlier than From: overnight."
          error={errorOf('end')}
        >
          <Input
            id={SCHEDULE_IDS.end}
            type="time"
            value={values.end}
            onChange={(event) => edit({ end: event.target.value })}
            aria-invalid={errorOf('end') ? true : undefined}
          />
        </FormField>
        <FormField id={SCHEDULE_IDS.timeZone} label="Time zone" error={errorOf('timeZone')}>
          <Input
            id={SCHEDULE_IDS.timeZone}
            value={values.timeZone}
            list={zones.length > 0 ? `${SCHEDULE_IDS.timeZone}-options` : undefined}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => edit({ timeZone: event.target.value })}
            aria-invalid={errorOf('timeZone') ? true : undefined}
          />
          {zones.length > 0 && (
            <datalist id={`${SCHEDULE_IDS.timeZone}-options`}>
              {zones.map((zone) => (
                <option key={zone} value={zone} />
              ))}
            </datalist>
          )}
        </FormField>
      </div>
    </div>
  );
}
