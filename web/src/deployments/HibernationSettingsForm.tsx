import { Check, CircleAlert, LoaderCircle, Save } from 'lucide-react';
import { useState, type FormEvent } from 'react';

import { FormField } from '@/components/FormField';
import { Alert, AlertDescription } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Switch } from '@/components/ui/switch';
import { describeError, fieldErrors } from '@/lib/api';

import type { Hibernation } from './deployment';
import {
  MAX_THRESHOLD_PCT,
  MAX_WINDOW_MINUTES,
  MIN_THRESHOLD_PCT,
  MIN_WINDOW_MINUTES,
  SCHEDULE_IDS,
  sameSettings,
  toHibernationSettings,
  toHibernationValues,
  validateHibernation,
  type HibernationField,
  type HibernationValues,
} from './hibernation';
import { useConfigureHibernation } from './queries';
import { StopScheduleFields } from './StopScheduleFields';

const IDS = {
  enabled: 'hibernation-enabled',
  thresholdPct: 'hibernation-threshold',
  windowMinutes: 'hibernation-window',
  ...SCHEDULE_IDS,
} as const;

/** The server names a rejected field as it was sent; the form shows it under its own input. */
const SERVER_FIELD: Record<HibernationField, string> = {
  thresholdPct: 'idle_threshold_pct',
  windowMinutes: 'idle_window_seconds',
  timeZone: 'working_hours.time_zone',
  days: 'working_hours.days',
  start: 'working_hours.start',
  end: 'working_hours.end',
  maxRun: 'max_run_seconds',
};

interface HibernationSettingsFormProps {
  deploymentId: string;
  hibernation: Hibernation;
}

/**
 * Auto-hibernation on or off, with the GPU threshold and idle window that decide "idle"; and the
 * working hours and run time limit that stop it however busy.
 */
export function HibernationSettingsForm({
  deploymentId,
  hibernation,
}: HibernationSettingsFormProps) {
  const configure = useConfigureHibernation(deploymentId);
  const [values, setValues] = useState<HibernationValues>(() => toHibernationValues(hibernation));
  const [submitted, setSubmitted] = useState(false);
  const errors = validateHibernation(values);
  const serverErrors = configure.isError ? fieldErrors(configure.error) : {};
  const errorOf = (field: HibernationField) =>
    (submitted ? errors[field] : undefined) ?? serverErrors[SERVER_FIELD[field]];
  const changed = !sameSettings(values, toHibernationValues(hibernation));

  function edit(change: Partial<HibernationValues>) {
    setValues((current) => ({ ...current, ...change }));
    if (configure.isError || configure.isSuccess) configure.reset();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitted(true);
    const firstInvalid = (Object.keys(SERVER_FIELD) as HibernationField[]).find(
      (field) => errors[field],
    );
    if (firstInvalid) {
      document.getElementById(IDS[firstInvalid])?.focus();
      return;
    }
    configure.mutate(toHibernationSettings(values));
  }

  return (
    <form
      noValidate
      onSubmit={submit}
      className="space-y-4"
      aria-label="Hibernation settings"
      data-testid="hibernation-settings"
    >
      <div className="flex items-center justify-between gap-3">
        <Label htmlFor={IDS.enabled} className="font-normal">
          <span>
            <span className="font-medium">Hibernate when idle</span>
            <span className="text-muted-foreground block text-xs">
              {values.enabled
                ? 'Dumont stops the instance once the GPU and the app stay idle for the whole window; the disk is kept.'
                : values.hoursOn || values.maxRunOn
                  ? 'Idleness does not stop the instance; the working hours and run time limit below still do.'
                  : 'The instance keeps running, and billing, until you hibernate or destroy it.'}
            </span>
          </span>
        </Label>
        <Switch
          id={IDS.enabled}
          checked={values.enabled}
          onCheckedChange={(enabled) => edit({ enabled })}
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          id={IDS.thresholdPct}
          label="GPU idle below (%)"
          hint={`${MIN_THRESHOLD_PCT}–${MAX_THRESHOLD_PCT} %.`}
          error={errorOf('thresholdPct')}
        >
          <Input
            id={IDS.thresholdPct}
            type="number"
            inputMode="numeric"
            min={MIN_THRESHOLD_PCT}
            max={MAX_THRESHOLD_PCT}
            step={1}
            value={values.thresholdPct}
            disabled={!values.enabled}
            onChange={(event) => edit({ thresholdPct: event.target.value })}
            aria-invalid={errorOf('thresholdPct') ? true : undefined}
          />
        </FormField>
        <FormField
          id={IDS.windowMinutes}
          label="Idle for (minutes)"
          hint={`${MIN_WINDOW_MINUTES}–${MAX_WINDOW_MINUTES} minutes (24 h).`}
          error={errorOf('windowMinutes')}
        >
          <Input
            id={IDS.windowMinutes}
            type="number"
            inputMode="numeric"
            min={MIN_WINDOW_MINUTES}
            max={MAX_WINDOW_MINUTES}
            step={1}
            value={values.windowMinutes}
            disabled={!values.enabled}
            onChange={(event) => edit({ windowMinutes: event.target.value })}
            aria-invalid={errorOf('windowMinutes') ? true : undefined}
          />
        </FormField>
      </div>
      <StopScheduleFields values={values} edit={edit} errorOf={errorOf} />
      {configure.isError && (
        <Alert variant="destructive" data-testid="hibernation-settings-error">
          <CircleAlert aria-hidden="true" />
          <AlertDescription>{describeError(configure.error)}</AlertDescription>
        </Alert>
      )}
      <div className="flex items-center gap-3">
        <Button
          type="submit"
          size="sm"
          variant="outline"
          disabled={configure.isPending || !changed}
          data-testid="save-hibernation"
        >
          {configure.isPending ? (
            <LoaderCircle className="animate-spin" aria-hidden="true" />
          ) : (
            <Save aria-hidden="true" />
          )}
          {configure.isPending ? 'Saving…' : 'Save'}
        </Button>
        {configure.isSuccess && !changed && (
          <p className="text-muted-foreground flex items-center gap-1 text-xs" role="status">
            <Check className="size-3.5" aria-hidden="true" />
            Saved
          </p>
        )}
      </div>
    </form>
  );
}
