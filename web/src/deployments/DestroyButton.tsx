import { Trash2 } from 'lucide-react';

import { ConfirmDialog } from '@/components/ConfirmDialog';
import { Button } from '@/components/ui/button';

import type { Deployment } from './deployment';
import { useDestroy } from './queries';

interface DestroyButtonProps {
  deployment: Pick<Deployment, 'id' | 'template_name' | 'gpu_name' | 'kubernetes'>;
  /** `compact` fits a table row: an icon with an accessible name. */
  compact?: boolean;
}

/** Destroys a deployment's instance after the user confirms; billing stops with it. */
export function DestroyButton({ deployment, compact = false }: DestroyButtonProps) {
  const destroy = useDestroy();
  const name = deployment.template_name;
  const graph = deployment.kubernetes;
  const verb = graph ? 'Delete' : 'Destroy';
  return (
    <ConfirmDialog
      trigger={
        compact ? (
          <Button
            variant="ghost"
            size="icon"
            className="text-muted-foreground hover:text-destructive size-8"
            aria-label={`${verb} ${name}`}
            title={`${verb} ${name}`}
            data-testid="destroy-button"
          >
            <Trash2 aria-hidden="true" />
          </Button>
        ) : (
          <Button variant="outline" data-testid="destroy-button">
            <Trash2 aria-hidden="true" />
            {verb}
          </Button>
        )
      }
      title={`${verb} ${name}?`}
      description={
        graph ? (
          <>
            Dumont deletes the DynamoGraphDeployment {graph.namespace}/{graph.name} from cluster{' '}
            {graph.cluster}; the operator removes its pods and frees their GPUs. This cannot be
            undone.
          </>
        ) : (
          <>
            Dumont releases the {deployment.gpu_name ?? 'rented'} instance and billing stops.
            Anything stored on the instance&apos;s disk is lost; this cannot be undone.
          </>
        )
      }
      icon={Trash2}
      confirmLabel={verb}
      pendingLabel={graph ? 'Deleting…' : 'Destroying…'}
      cancelLabel="Keep it"
      confirmTestId="confirm-destroy"
      mutation={destroy}
      onConfirm={(close) => destroy.mutate(deployment.id, { onSuccess: close })}
    />
  );
}
