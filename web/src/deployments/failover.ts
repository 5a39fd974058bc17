import type { StandbyDto } from '@/lib/api';

import type { DeploymentStatus } from './deployment';
import { formatRunTime } from './hibernation';

/** A Vast.ai deployment's failover: whether a lost host is replaced, and from which snapshot. */
export interface Failover {
  deploymentId: string;
  status: DeploymentStatus;
  enabled: boolean;
  /** A new host would restore a snapshot: failover is on and the agent reports, or one exists. */
  restoresWorkspace: boolean;
  snapshotIntervalSeconds: number;
  /** When the newest complete snapshot was taken; null when there is none. */
  latestSnapshotAt: string | null;
}

export function toFailover(dto: StandbyDto): Failover {
  return {
    deploymentId: dto.deployment_id ?? '',
    status: dto.status ?? 'pending',
    enabled: dto.enabled ?? false,
    restoresWorkspace: dto.restores_workspace ?? false,
    snapshotIntervalSeconds: dto.snapshot_interval_seconds ?? DEFAULT_INTERVAL_SECONDS,
    latestSnapshotAt: dto.latest_snapshot_at ?? null,
  };
}

/** The server's default interval (DUMONT_FAILOVER_SNAPSHOT_INTERVAL), for an answer without one. */
const DEFAULT_INTERVAL_SECONDS = 1800;

/** The intervals offered, within the server's 5 min to 24 h. */
export const INTERVAL_CHOICES: readonly number[] = [300, 900, 1800, 3600, 14_400];

/**
 * The choices with the deployment's own interval among them: one set elsewhere (the CLI, the
 * API, the server's default) is shown as it is rather than as a choice it is not.
 */
export function intervalChoices(current: number): { seconds: number; label: string }[] {
  const all = INTERVAL_CHOICES.includes(current)
    ? INTERVAL_CHOICES
    : [...INTERVAL_CHOICES, current].sort((a, b) => a - b);
  return all.map((seconds) => ({ seconds, label: formatRunTime(seconds) }));
}

/** Failover can move it now while it runs, healthy or not; the server says the same. */
export function canFailOverNow(status: DeploymentStatus): boolean {
  return status === 'running' || status === 'unhealthy';
}

/** The failover settings apply from its order until it is destroyed or fails. */
export function hasFailover(status: DeploymentStatus): boolean {
  return status !== 'failed' && status !== 'destroying' && status !== 'destroyed';
}
