import { History } from 'lucide-react';

import { ErrorState } from '@/components/ErrorState';
import { LoadingRegion } from '@/components/LoadingRegion';
import { Skeleton } from '@/components/ui/skeleton';
import { formatClock } from '@/lib/format';
import { cn } from '@/lib/utils';

import type { DeploymentEvent } from './deployment';
import type { useDeploymentEvents, StreamState } from './events';
import { STATUS_STYLE } from './status-style';

const STREAM_LABEL: Record<StreamState, { text: string; dot: string }> = {
  connecting: { text: 'Connecting…', dot: 'bg-muted-foreground/60' },
  live: { text: 'Live', dot: 'bg-success animate-pulse motion-reduce:animate-none' },
  reconnecting: { text: 'Reconnecting…', dot: 'bg-warning' },
  ended: { text: 'Finished', dot: 'bg-muted-foreground/60' },
  failed: { text: 'Live updates unavailable', dot: 'bg-destructive' },
};

type EventTimelineProps = ReturnType<typeof useDeploymentEvents>;

/** Everything that happened to the deployment, oldest first, one dot per event. */
export function EventTimeline({ events, history, stream }: EventTimelineProps) {
  const streamLabel = STREAM_LABEL[stream];
  return (
    <section
      aria-labelledby="events-heading"
      className="bg-card space-y-4 rounded-xl border p-6 shadow-sm"
    >
      <div className="flex items-center justify-between gap-4">
        <h2 id="events-heading" className="flex items-center gap-2 text-base font-semibold">
          <History className="text-muted-foreground size-4" aria-hidden="true" />
          Events
        </h2>
        {history.isSuccess && (
          <span className="text-muted-foreground inline-flex items-center gap-1.5 text-xs">
            <span aria-hidden="true" className={cn('size-1.5 rounded-full', streamLabel.dot)} />
            {streamLabel.text}
          </span>
        )}
      </div>
      {history.isPending ? (
        <LoadingRegion label="Loading events…" className="block space-y-3">
          {Array.from({ length: 3 }, (_, index) => (
            <Skeleton key={index} className="h-5 w-full max-w-md" />
          ))}
        </LoadingRegion>
      ) : history.isError ? (
        <ErrorState
          title="Couldn't load events"
          error={history.error}
          onRetry={() => void history.refetch()}
          retrying={history.isFetching}
        />
      ) : events.length === 0 ? (
        <p className="text-muted-foreground text-sm">Nothing has happened yet.</p>
      ) : (
        <ol data-testid="event-timeline" className="relative space-y-4">
          <span
            aria-hidden="true"
            className="bg-border absolute top-1.5 bottom-1.5 left-[5px] w-px"
          />
          {events.map((event) => (
            <TimelineItem key={event.seq} event={event} />
          ))}
        </ol>
      )}
    </section>
  );
}

function TimelineItem({ event }: { event: DeploymentEvent }) {
  const style = STATUS_STYLE[event.status];
  const isStatus = event.type === 'status';
  return (
    <li
      className="relative flex gap-3 pl-6"
      data-testid="timeline-event"
      data-type={event.type}
      data-status={event.status}
    >
      <span
        aria-hidden="true"
        className={cn(
          'ring-card absolute top-1.5 left-0 rounded-full ring-4',
          isStatus ? 'size-[11px]' : 'left-[2px] mt-[2px] size-[7px] opacity-70',
          style.dot,
        )}
      />
      <div className="min-w-0 flex-1 space-y-0.5">
        <p className="text-muted-foreground flex flex-wrap items-center gap-x-2 text-xs">
          <time dateTime={event.at} className="font-mono">
            {formatClock(event.at)}
          </time>
          {isStatus && <span className="font-mono">→ {event.status}</span>}
        </p>
        <p
          className={cn('text-sm break-words', isStatus ? 'font-medium' : 'text-muted-foreground')}
        >
          {event.message}
        </p>
      </div>
    </li>
  );
}
