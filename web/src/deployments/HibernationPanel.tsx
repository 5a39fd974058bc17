import { AlarmClock, LoaderCircle, Moon, Power } from 'lucide-react';

import { ConfirmDialog } from '@/components/ConfirmDialog';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { describeError } from '@/lib/api';
import { formatCost, formatElapsed } from '@/lib/format';
import { useNow } from '@/lib/use-now';

import type { Deployment, Hibernation } from './deployment';
import { formatHourMinute } from './hibernation';
import { HibernationSettingsForm } from './HibernationSettingsForm';
import { useHibernate, useWake } from './queries';

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
    <section
      aria-labelledby="hibernation-heading"
      className="bg-card space-y-4 rounded-xl border p-6 shadow-sm"
      data-testid="hibernation-panel"
    >
      <h2 id="hibernation-heading" className="flex items-center gap-2 text-base font-semibold">
        <Moon className="size-4" aria-hidden="true" />
        Hibernation
      </h2>
      <HibernationState deployment={deployment} hibernation={hibernation} />
      <HibernationSettingsForm deploymentId={deployment.id} hibernation={hibernation} />
    </section>
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
            Dumont is stopping the instance and keeping its disk; the GPU stops being billed once it
            is stopped.
          </AlertDescription>
        </Alert>
      );
    case 'waking':
      return (
        <Alert variant="info" data-testid="hibernation-state">
          <LoaderCircle className="animate-spin" aria-hidden="true" />
          <AlertTitle>Waking up</AlertTitle>
          <AlertDescription>
            Dumont is starting the same instance again, usually within a minute; if its GPU was
            taken meanwhile, it rents a new one.
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
  return (
    <div
      className="space-y-3 rounded-lg border border-violet-500/30 bg-violet-500/5 p-4"
      data-testid="hibernation-state"
    >
      <p className="text-sm">
        Stopped while idle
        {hibernation.hibernated_at && ` since ${formatHourMinute(hibernation.hibernated_at)}`}; no
        GPU billed. Waking restarts the same instance, usually within a minute; if its GPU was
        taken, Dumont rents a new one.
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <Button
          size="lg"
          onClick={() => wake.mutate(deployment.id)}
          disabled={wake.isPending}
          data-testid="wake-button"
        >
          {wake.isPending ? (
            <LoaderCircle className="animate-spin" aria-hidden="true" />
          ) : (
            <Power aria-hidden="true" />
          )}
          {wake.isPending ? 'Waking…' : 'Wake'}
        </Button>
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
              Dumont stops the instance and keeps its disk: its GPU is no longer billed, and the app
              is unreachable until you wake it. If the host&apos;s GPU is taken meanwhile, waking
              rents a new instance.
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
