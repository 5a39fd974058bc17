import { fetchEventSource, type EventSourceMessage } from '@microsoft/fetch-event-source';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';

import { apiGet, authHeaders, type DeploymentEventDto } from '@/lib/api';

import { toDeploymentEvent, type DeploymentEvent, type DeploymentStatus } from './deployment';
import { deploymentKeys, deploymentPath } from './queries';

/** Where the live stream stands: `ended` once the deployment is destroyed and the server closed it. */
export type StreamState = 'connecting' | 'live' | 'reconnecting' | 'ended' | 'failed';

const MAX_RETRY_MS = 15_000;

/** A refusal (401, 403, 404): reconnecting would get the same answer. */
class FatalStreamError extends Error {}

/** Adds `event` in seq order unless it is already there (a replay after a reconnect). */
export function mergeEvent(events: DeploymentEvent[], event: DeploymentEvent): DeploymentEvent[] {
  if (events.some((known) => known.seq === event.seq)) return events;
  return [...events, event].sort((a, b) => a.seq - b.seq);
}

export function lastSeq(events: DeploymentEvent[] | undefined): number {
  return events?.reduce((max, event) => Math.max(max, event.seq), 0) ?? 0;
}

export function lastStatusEvent(events: DeploymentEvent[]): DeploymentEvent | undefined {
  for (let index = events.length - 1; index >= 0; index -= 1) {
    if (events[index].type === 'status') return events[index];
  }
  return undefined;
}

/** The newest progress note of the current phase: an `info` event after the last status change. */
export function latestInfo(
  events: DeploymentEvent[],
  status: DeploymentStatus,
): DeploymentEvent | undefined {
  const last = events.at(-1);
  return last?.type === 'info' && last.status === status ? last : undefined;
}

function isDestroyed(status: DeploymentStatus | undefined): boolean {
  return status === 'destroyed';
}

/**
 * A deployment's events: the history so far (a JSON list, through the query cache), then the
 * live Server-Sent Events stream, which appends to the same cache entry. EventSource cannot send
 * the bearer token, so the stream is read with fetch; on a dropped connection it reconnects with
 * Last-Event-ID set to the newest event it holds, so nothing is missed or repeated. Each status
 * change also refreshes the deployment itself.
 */
export function useDeploymentEvents(id: string, enabled = true) {
  const queryClient = useQueryClient();
  const history = useQuery({
    queryKey: deploymentKeys.events(id),
    queryFn: async ({ signal }) =>
      (await apiGet<DeploymentEventDto[]>(deploymentPath(id, '/events'), undefined, signal)).map(
        toDeploymentEvent,
      ),
    enabled,
    staleTime: Infinity,
  });
  const [stream, setStream] = useState<StreamState>('connecting');

  const loaded = history.isSuccess;
  const alreadyEnded = loaded && isDestroyed(lastStatusEvent(history.data)?.status);

  useEffect(() => {
    if (!enabled || !loaded || alreadyEnded) return;
    const key = deploymentKeys.events(id);
    const controller = new AbortController();
    let ended = false;
    let failures = 0;

    const headers: Record<string, string> = { ...authHeaders() };
    const after = lastSeq(queryClient.getQueryData<DeploymentEvent[]>(key));
    if (after > 0) headers['last-event-id'] = String(after);

    function receive(message: EventSourceMessage) {
      if (!message.data) return;
      let event: DeploymentEvent;
      try {
        event = toDeploymentEvent(JSON.parse(message.data) as DeploymentEventDto);
      } catch {
        return; // not an event: skip it rather than break the stream
      }
      queryClient.setQueryData<DeploymentEvent[]>(key, (current = []) =>
        mergeEvent(current, event),
      );
      if (event.type === 'status') {
        ended = isDestroyed(event.status);
        void queryClient.invalidateQueries({ queryKey: deploymentKeys.detail(id) });
        void queryClient.invalidateQueries({ queryKey: deploymentKeys.list() });
      }
    }

    fetchEventSource(deploymentPath(id, '/events'), {
      signal: controller.signal,
      headers,
      // Keep following while the user looks at the app in another tab.
      openWhenHidden: true,
      // Resolved at call time, so a test's stubbed fetch is the one used.
      fetch: (input, init) => fetch(input, init),
      async onopen(response) {
        const type = response.headers.get('content-type') ?? '';
        if (response.ok && type.startsWith('text/event-stream')) {
          failures = 0;
          setStream('live');
          return;
        }
        if (response.status >= 400 && response.status < 500 && response.status !== 429) {
          throw new FatalStreamError(`The event stream answered ${response.status}`);
        }
        throw new Error(`The event stream answered ${response.status}`);
      },
      onmessage: receive,
      onclose() {
        // The server closes after the destroyed event, and at its own time limit: reconnect then.
        if (!ended) throw new Error('The event stream closed');
      },
      onerror(error: unknown) {
        if (error instanceof FatalStreamError) {
          setStream('failed');
          throw error;
        }
        failures += 1;
        setStream('reconnecting');
        return Math.min(1000 * 2 ** (failures - 1), MAX_RETRY_MS);
      },
    }).then(
      () => {
        if (!controller.signal.aborted) setStream('ended');
      },
      () => {
        // failed: already reported through onerror
      },
    );
    return () => controller.abort();
  }, [enabled, loaded, alreadyEnded, id, queryClient]);

  return {
    events: history.data ?? [],
    history,
    stream: alreadyEnded ? ('ended' as const) : stream,
  };
}
