import type { DeploymentStatus } from './deployment';

interface StatusStyle {
  /** The badge's colours. */
  badge: string;
  /** A status dot's fill. */
  dot: string;
  /** Said next to the raw status, for people rather than scripts. */
  description: string;
}

const progress = {
  badge: 'border-info/30 bg-info/10 text-info',
  dot: 'bg-info',
};
const ended = {
  badge: 'border-border bg-muted text-muted-foreground',
  dot: 'bg-muted-foreground/60',
};

export const STATUS_STYLE: Record<DeploymentStatus, StatusStyle> = {
  pending: { ...progress, description: 'Waiting to order an instance' },
  provisioning: { ...progress, description: 'The provider is preparing the host' },
  starting: { ...progress, description: 'The app is starting' },
  running: {
    badge: 'border-success/30 bg-success/10 text-success',
    dot: 'bg-success',
    description: 'Ready to use',
  },
  unhealthy: {
    badge: 'border-warning/30 bg-warning/10 text-warning',
    dot: 'bg-warning',
    description: 'The app does not answer its health check',
  },
  failed: {
    badge: 'border-destructive/30 bg-destructive/10 text-destructive',
    dot: 'bg-destructive',
    description: 'No working instance',
  },
  hibernating: { ...progress, description: 'Idle: stopping the instance, keeping its disk' },
  hibernated: {
    badge: 'border-violet-500/30 bg-violet-500/10 text-violet-700 dark:text-violet-300',
    dot: 'bg-violet-500',
    description: 'Stopped while idle: no GPU billed; wake it to resume',
  },
  waking: { ...progress, description: 'Starting the instance again' },
  destroying: { ...ended, description: 'Releasing the instance' },
  destroyed: { ...ended, description: 'Nothing is rented any more' },
};

/** Statuses on their way somewhere: their dot pulses. */
export function isInProgress(status: DeploymentStatus): boolean {
  return (
    status === 'pending' ||
    status === 'provisioning' ||
    status === 'starting' ||
    status === 'hibernating' ||
    status === 'waking' ||
    status === 'destroying'
  );
}
