import { Archive, ArrowRightLeft, CircleAlert, LifeBuoy, TriangleAlert } from 'lucide-react';

import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ErrorState } from '@/components/ErrorState';
import { FieldMessage } from '@/components/FormField';
import { LoadingRegion } from '@/components/LoadingRegion';
import { Alert, AlertDescription } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Label } from '@/components/ui/label';
import { NativeSelect } from '@/components/ui/native-select';
import { Skeleton } from '@/components/ui/skeleton';
import { Switch } from '@/components/ui/switch';
import { describeError } from '@/lib/api';
import { formatAge, millisSince } from '@/lib/format';
import { useNow } from '@/lib/use-now';

import type { Deployment } from './deployment';
import { canFailOverNow, intervalChoices, type Failover } from './failover';
import { useConfigureFailover, useFailOverNow, useFailovers } from './failover-queries';
import { formatRunTime } from './hibernation';
import { PanelSection } from '@/components/PanelSection';

const IDS = { enabled: 'failover-enabled', interval: 'failover-interval' } as const;

/**
 * A Vast.ai deployment's failover: whether a lost host is replaced by a new one restoring the
 * latest workspace snapshot, how often that snapshot is taken, and a move to a new host now.
 */
export function FailoverPanel({ deployment }: { deployment: Deployment }) {
  return (
    <PanelSection name="failover" icon={LifeBuoy} title="Failover">
      <FailoverBody deployment={deployment} />
    </PanelSection>
  );
}

function FailoverBody({ deployment }: { deployment: Deployment }) {
  const failovers = useFailovers();
  if (failovers.isPending) {
    return (
      <LoadingRegion label="Loading failover…" className="block space-y-2">
        <Skeleton className="h-6 w-full" />
        <Skeleton className="h-9 w-48" />
      </LoadingRegion>
    );
  }
  if (failovers.isError) {
    return (
      <ErrorState
        title="Couldn't load the failover setting"
        error={failovers.error}
        onRetry={() => void failovers.refetch()}
        retrying={failovers.isFetching}
      />
    );
  }
  const failover = failovers.data.find((f) => f.deploymentId === deployment.id);
  if (!failover) {
    // The list holds live deployments only: this one just ended, and its page says so.
    return (
      <p className="text-muted-foreground text-sm" data-testid="failover-unavailable">
        Failover applies to live deployments only.
      </p>
    );
  }
  return (
    <div className="space-y-4" data-testid="failover-settings">
      <FailoverSettings failover={failover} />
      {canFailOverNow(deployment.status) && (
        <FailOverNowButton deployment={deployment} failover={failover} />
      )}
    </div>
  );
}

function FailoverSettings({ failover }: { failover: Failover }) {
  const configure = useConfigureFailover();
  // While a change is on its way, the controls show it rather than jump back.
  const shown = configure.isPending ? { ...failover, ...configure.variables } : failover;
  const enabled = shown.enabled;
  const interval = shown.snapshotIntervalSeconds ?? failover.snapshotIntervalSeconds;

  return (
    <>
      <div className="flex items-center justify-between gap-3">
        <Label htmlFor={IDS.enabled} className="font-normal">
          <span>
            <span className="font-medium">Move to a new host when this one is lost</span>
            <span className="text-muted-foreground block text-xs">
              {enabled
                ? 'When the host exits, goes offline or stops answering for 2 minutes, Dumont rents a new instance on another host, which restores the latest workspace snapshot.'
                : 'A lost host fails the deployment; its workspace goes with it.'}
            </span>
          </span>
        </Label>
        <Switch
          id={IDS.enabled}
          checked={enabled}
          disabled={configure.isPending}
          onCheckedChange={(on) =>
            configure.mutate({ deploymentId: failover.deploymentId, enabled: on })
          }
        />
      </div>
      <div className="space-y-2">
        <Label htmlFor={IDS.interval}>Snapshot every</Label>
        <NativeSelect
          id={IDS.interval}
          className="w-40"
          value={interval}
          disabled={configure.isPending}
          aria-describedby={`${IDS.interval}-hint`}
          onChange={(event) =>
            configure.mutate({
              deploymentId: failover.deploymentId,
              enabled: failover.enabled,
              snapshotIntervalSeconds: Number(event.target.value),
            })
          }
        >
          {intervalChoices(failover.snapshotIntervalSeconds).map((choice) => (
            <option key={choice.seconds} value={choice.seconds}>
              {choice.label}
            </option>
          ))}
        </NativeSelect>
        <FieldMessage
          id={IDS.interval}
          hint="While it runs with failover on: the most work a lost host can cost."
        />
      </div>
      <LatestSnapshot failover={failover} />
      {failover.enabled && !failover.restoresWorkspace && (
        <Alert variant="warning" data-testid="failover-no-restore">
          <TriangleAlert aria-hidden="true" />
          <AlertDescription>
            No snapshot yet and no agent has reported from this instance, so none can be taken: a
            new host would start with a fresh workspace. Its image must run Dumont&apos;s agent.
          </AlertDescription>
        </Alert>
      )}
      {configure.isError && (
        <Alert variant="destructive" data-testid="failover-error">
          <CircleAlert aria-hidden="true" />
          <AlertDescription>{describeError(configure.error)}</AlertDescription>
        </Alert>
      )}
    </>
  );
}

/** "Latest snapshot: 12 min ago", or when the first one will be. */
function LatestSnapshot({ failover }: { failover: Failover }) {
  const now = useNow(30_000, failover.latestSnapshotAt !== null);
  const age = millisSince(failover.latestSnapshotAt, now);
  let text: string;
  if (age !== null) {
    text = `Latest snapshot: ${ago(age)}`;
  } else if (failover.enabled && failover.restoresWorkspace) {
    text = `No snapshot yet: the first within ${formatRunTime(failover.snapshotIntervalSeconds)}`;
  } else {
    text = 'No snapshot yet';
  }
  return (
    <p className="flex items-center gap-2 text-sm" data-testid="failover-latest-snapshot">
      <Archive className="text-muted-foreground size-4 shrink-0" aria-hidden="true" />
      {failover.latestSnapshotAt ? (
        <time dateTime={failover.latestSnapshotAt} title={failover.latestSnapshotAt}>
          {text}
        </time>
      ) : (
        text
      )}
    </p>
  );
}

function FailOverNowButton({
  deployment,
  failover,
}: {
  deployment: Deployment;
  failover: Failover;
}) {
  const move = useFailOverNow();
  const now = useNow(30_000);
  const age = millisSince(failover.latestSnapshotAt, now);
  const instance =
    deployment.instance_id === null ? 'its instance' : `instance ${deployment.instance_id}`;
  return (
    <ConfirmDialog
      trigger={
        <Button variant="outline" size="sm" data-testid="failover-now-button">
          <ArrowRightLeft aria-hidden="true" />
          Move to a new host now
        </Button>
      }
      title={`Move ${deployment.template_name} to a new host now?`}
      description={
        age !== null ? (
          <>
            Dumont destroys {instance} and rents a new one on another host, which restores the
            latest snapshot, taken {ago(age)}: work since then is lost. The app is unreachable until
            the new host is healthy.
          </>
        ) : (
          <>
            Dumont destroys {instance} and rents a new one on another host, which starts with a
            fresh workspace: no snapshot has been taken, so everything on the current disk is lost.
          </>
        )
      }
      icon={ArrowRightLeft}
      confirmLabel="Move to a new host"
      pendingLabel="Moving…"
      cancelLabel="Stay on this host"
      confirmTestId="confirm-failover"
      mutation={move}
      onConfirm={(close) => move.mutate(deployment.id, { onSuccess: close })}
    />
  );
}

/** "12 min ago", "just now". */
function ago(ms: number): string {
  const age = formatAge(ms);
  return age === 'just now' ? age : `${age} ago`;
}
