import { FlaskConical } from 'lucide-react';
import type { ComponentProps } from 'react';

import { Badge } from '@/components/ui/badge';
import { cn } from '@/lib/utils';

import type { DeploymentStatus } from './deployment';
import { isInProgress, STATUS_STYLE } from './status-style';

type StatusBadgeProps = Omit<ComponentProps<typeof Badge>, 'children' | 'variant'> & {
  status: DeploymentStatus;
};

/** The raw status (`running`), coloured by what it means; its text is exactly the status. */
export function StatusBadge({ status, className, ...props }: StatusBadgeProps) {
  const style = STATUS_STYLE[status];
  return (
    <Badge
      variant="outline"
      title={style.description}
      data-status={status}
      className={cn('font-mono', style.badge, className)}
      {...props}
    >
      <span
        aria-hidden="true"
        className={cn(
          'size-1.5 rounded-full',
          style.dot,
          isInProgress(status) && 'animate-pulse motion-reduce:animate-none',
        )}
      />
      {status}
    </Badge>
  );
}

/** Marks things that live in Dumont's simulated cloud rather than on a real GPU. */
export function SimulatedBadge({ className }: { className?: string }) {
  return (
    <Badge
      variant="info"
      className={className}
      title="Runs on Dumont's built-in Vast.ai simulator, not on a real GPU"
    >
      <FlaskConical aria-hidden="true" />
      simulated
    </Badge>
  );
}
