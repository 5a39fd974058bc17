import { AlarmClock, CalendarClock, LoaderCircle, Moon, Power, Timer } from 'lucide-react';

import { ConfirmDialog } from '@/components/ConfirmDialog';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { describeError } from '@/lib/api';
import { formatCost, formatElapsed } from '@/lib/format';
import { useNow } from '@/lib/use-now';
import { cn } from '@/lib/utils';

import type { Deployment, Hibernation } from './deployment';
import {
  describeHours,
  diskPerHour,
  formatHourMinute,
  formatRunTime,
  formatTimeLeft,
  hibernatedStep,
  wakeAction,
  type HibernatedStep,
} from './hibernation';
import { HibernationSettingsForm } from './HibernationSettingsForm';
import { useHibernate, useWake } from './queries';
import { PanelSection } from '@/components/PanelSection';

/**
 * A Vast.ai deployment's hibernation: what is happening now (idle, stopping, stopped, waking),
 * the action that fits, and the auto-hibernation settings.
 */
export function HibernationPanel({
  deployment,
  hibernation,
}: {
  deployment: Deployment;
  hibernation: Hibernation;
}) {
  return (
    <PanelSection name="hibernation" icon={Moon} title="Hibernation">
      <HibernationState deployment={deployment} hibernation={hibernation} />
      <StopSchedule hibernation={hibernation} />
      <HibernationSettingsForm deploymentId={deployment.id} hibernation={hibernation} />
    </PanelSection>
  );
}

function HibernationState({
  deployment,
  hibernation,
}: {
  deployment: Deployment;
  hibernation: Hibernation;
}) {
  switch (deployment.status) {
    case 'hibernated':
      return <Hibernated deployment={deployment} hibernation={hibernation} />;
    case 'hibernating':
      return (
        <Alert variant="info" data-testid="hibernation-state">
          <LoaderCircle className="animate-spin" aria-hidden="true" />
          <AlertTitle>Hibernating</AlertTitle>
          <AlertDescription>
            Dumont snapshots the workspace when the instance&apos;s agent reports (the timeline
            shows it), then stops the instance and keeps its disk; the GPU stops being billed once
            it is stopped.
          </AlertDescription>
        </Alert>
      );
    case 'waking':
      return (
        <Alert variant="info" data-testid="hibernation-state">
          <LoaderCircle className="animate-spin" aria-hidden="true" />
          <AlertTitle>Waking up</AlertTitle>
          <AlertDescription>
            {hibernation.snapshot_id !== null
              ? 'Dumont is starting the same instance again, usually within a minute. If its GPU was taken meanwhile, a new instance that restores the workspace snapshot races it, and the first to answer is kept (1–2 min).'
              : 'Dumont is starting the same instance again, usually within a minute. Its disk holds the only copy of your workspace (no snapshot was taken), so if its GPU was taken meanwhile, Dumont waits for it rather than move you to a new host.'}
          </AlertDescription>
        </Alert>
      );
    case 'running':
    case 'unhealthy':
      return <Awake deployment={deployment} hibernation={hibernation} />;
    default:
      return null;
  }
}

function Hibernated({
  deployment,
  hibernation,
}: {
  deployment: Deployment;
  hibernation: Hibernation;
}) {
  const wake = useWake();
  const step = hibernatedStep(hibernation);
  const action = wakeAction(step);
  return (
    <div
      className="space-y-3 rounded-lg border border-violet-500/30 bg-violet-500/5 p-4"
      data-testid="hibernation-state"
    >
      {step === 'unknown' ? (
        <p className="text-sm">
          Stopped while idle
          {hibernation.hibernated_at && ` since ${formatHourMinute(hibernation.hibernated_at)}`}; no
          GPU billed. Waking restarts the same instance, usually within a minute; if its GPU was
          taken, Dumont rents a new one.
        </p>
      ) : (
        <>
          <StageTimeline step={step} />
          <StageDescription
            step={step}
            releasesAt={hibernation.releases_at}
            disk={diskPerHour(deployment)}
          />
          {hibernation.hibernated_at && (
            <p className="text-muted-foreground text-xs">
              Hibernated since {formatHourMinute(hibernation.hibernated_at)}; no GPU billed.
            </p>
          )}
        </>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <Button
          size="lg"
          onClick={() => wake.mutate(deployment.id)}
          disabled={wake.isPending}
          title={action.explanation}
          aria-describedby="wake-explanation"
          data-testid="wake-button"
        >
          {wake.isPending ? (
            <LoaderCircle className="animate-spin" aria-hidden="true" />
          ) : (
            <Power aria-hidden="true" />
          )}
          {wake.isPending ? 'Waking…' : action.label}
        </Button>
        <span id="wake-explanation" className="sr-only">
          {action.explanation}
        </span>
        <p className="text-muted-foreground text-sm">
          Saved so far:{' '}
          <strong className="text-foreground tabular-nums" data-testid="hibernation-saved">
            {formatCost(hibernation.saved_usd)}
          </strong>
        </p>
      </div>
      {wake.isError && (
        <p className="text-destructive text-sm" role="alert">
          {describeError(wake.error)}
        </p>
      )}
    </div>
  );
}

/**
 * Stage 1 (stopped, disk billed) or stage 2 (only the snapshot kept), with when stage 1 ends:
 * "Stopped: disk kept (billed $0.0042/h). Only the snapshot is kept from 14:35 (in 23 min)."
 */
function StageDescription({
  step,
  releasesAt,
  disk,
}: {
  step: Exclude<HibernatedStep, 'unknown'>;
  releasesAt: string | null;
  disk: number | null;
}) {
  const now = useNow(10_000, step === 'stopped' && releasesAt !== null);
  let text: string;
  if (step === 'snapshot') {
    text =
      'Only the workspace snapshot is kept: waking rents a new GPU and restores it (1–2 min). Neither GPU nor disk is billed, only the snapshot’s storage.';
  } else if (step === 'disk-only') {
    text =
      'Stopped without a snapshot: the disk holds your workspace and is kept until you wake or destroy it' +
      (disk === null ? '.' : ` (billed ${formatCost(disk)}/h).`);
  } else {
    const billed =
      disk === null ? 'disk kept and billed' : `disk kept (billed ${formatCost(disk)}/h)`;
    const left = releasesAt === null ? NaN : Date.parse(releasesAt) - now;
    text =
      `Stopped: ${billed}.` +
      (releasesAt !== null && Number.isFinite(left)
        ? ` Only the snapshot is kept from ${formatHourMinute(releasesAt)} (in ${formatTimeLeft(left)}).`
        : '');
  }
  return (
    <p className="text-sm" data-testid="hibernation-stage">
      {text}
    </p>
  );
}

const STAGES = [
  { key: 'running', label: 'Running' },
  { key: 'stopped', label: 'Stopped, disk kept' },
  { key: 'snapshot', label: 'Snapshot only' },
] as const;

/** Running → stopped → snapshot only, the current stage marked; no snapshot: the last is skipped. */
function StageTimeline({ step }: { step: Exclude<HibernatedStep, 'unknown'> }) {
  const current = step === 'snapshot' ? 2 : 1;
  return (
    <ol
      aria-label="Hibernation stages"
      className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs"
      data-testid="hibernation-timeline"
    >
      {STAGES.map((stage, i) => {
        const skipped = step === 'disk-only' && stage.key === 'snapshot';
        return (
          <li
            key={stage.key}
            aria-current={i === current ? 'step' : undefined}
            className="flex items-center gap-2"
          >
            {i > 0 && (
              <span className="text-muted-foreground" aria-hidden="true">
                →
              </span>
            )}
            <span
              className={cn(
                'rounded-full border px-2 py-0.5',
                i === current && 'border-violet-500 bg-violet-500/15 font-medium',
                i < current && 'text-muted-foreground',
                i > current && 'text-muted-foreground border-dashed',
                skipped && 'line-through',
              )}
            >
              {stage.label}
              {skipped && <span className="sr-only"> (not reached: no snapshot was taken)</span>}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

function Awake({ deployment, hibernation }: { deployment: Deployment; hibernation: Hibernation }) {
  const hibernate = useHibernate();
  return (
    <div className="space-y-3" data-testid="hibernation-state">
      {hibernation.idle_since && hibernation.hibernates_at && (
        <IdleCountdown hibernatesAt={hibernation.hibernates_at} signal={hibernation.last_signal} />
      )}
      <div className="flex flex-wrap items-center gap-3">
        <ConfirmDialog
          trigger={
            <Button variant="outline" size="sm" data-testid="hibernate-button">
              <Moon aria-hidden="true" />
              Hibernate now
            </Button>
          }
          title={`Hibernate ${deployment.template_name} now?`}
          description={
            <>
              Dumont snapshots the workspace, then stops the instance and keeps its disk: its GPU is
              no longer billed, and the app is unreachable until you wake it. If the host&apos;s GPU
              is taken meanwhile, waking moves to a new instance that restores the snapshot.
            </>
          }
          icon={Moon}
          confirmLabel="Hibernate"
          pendingLabel="Hibernating…"
          cancelLabel="Keep it running"
          confirmTestId="confirm-hibernate"
          mutation={hibernate}
          onConfirm={(close) => hibernate.mutate(deployment.id, { onSuccess: close })}
        />
        {hibernation.saved_usd > 0 && (
          <p className="text-muted-foreground text-sm">
            Saved so far:{' '}
            <strong className="text-foreground tabular-nums">
              {formatCost(hibernation.saved_usd)}
            </strong>
          </p>
        )}
      </div>
    </div>
  );
}

/** Idle now: when it hibernates, the time left, and the last reading that counted as idle. */
function IdleCountdown({ hibernatesAt, signal }: { hibernatesAt: string; signal: string | null }) {
  const now = useNow();
  const left = Date.parse(hibernatesAt) - now;
  return (
    <Alert variant="warning" data-testid="idle-countdown">
      <AlarmClock aria-hidden="true" />
      <AlertTitle>
        Idle — hibernates at {formatHourMinute(hibernatesAt)} unless the GPU or the app gets busy
      </AlertTitle>
      <AlertDescription>
        {Number.isFinite(left) && (
          <p>
            In <span className="tabular-nums">{formatElapsed(left)}</span>.
          </p>
        )}
        {signal && <p>Last reading: {signal}</p>}
      </AlertDescription>
    </Alert>
  );
}

/**
 * The working hours and run time limit in a line each, with the time left while it runs:
 * "Stops outside Mon–Fri 09:00–19:00 (Europe/Paris): in 2 h 13 min".
 */
function StopSchedule({ hibernation }: { hibernation: Hibernation }) {
  const hours = hibernation.working_hours;
  const maxRun = hibernation.max_run_seconds;
  const now = useNow(
    10_000,
    hibernation.hours_stop_at !== null || hibernation.max_run_stop_at !== null,
  );
  if (!hours && maxRun === null) return null;
  const left = (at: string | null) => {
    const ms = at === null ? NaN : Date.parse(at) - now;
    return Number.isFinite(ms) ? `: in ${formatTimeLeft(ms)}` : '';
  };
  return (
    <ul className="space-y-1 text-sm" data-testid="hibernation-schedule">
      {hours && (
        <li className="flex items-center gap-2" data-testid="schedule-hours">
          <CalendarClock className="text-muted-foreground size-4 shrink-0" aria-hidden="true" />
          <span>
            Stops outside {describeHours(hours)} ({hours.time_zone})
            {left(hibernation.hours_stop_at)}
          </span>
        </li>
      )}
      {maxRun !== null && (
        <li className="flex items-center gap-2" data-testid="schedule-max-run">
          <Timer className="text-muted-foreground size-4 shrink-0" aria-hidden="true" />
          <span>
            Stops after {formatRunTime(maxRun)} running{left(hibernation.max_run_stop_at)}
          </span>
        </li>
      )}
    </ul>
  );
}
