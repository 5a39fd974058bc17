import { CircleAlert, LoaderCircle, Trash2 } from 'lucide-react';
import { useState } from 'react';

import { Alert, AlertDescription } from '@/components/ui/alert';
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from '@/components/ui/alert-dialog';
import { Button } from '@/components/ui/button';
import { describeError } from '@/lib/api';

import type { Deployment } from './deployment';
import { useDestroy } from './queries';

interface DestroyButtonProps {
  deployment: Pick<Deployment, 'id' | 'template_name' | 'gpu_name'>;
  /** `compact` fits a table row: an icon with an accessible name. */
  compact?: boolean;
}

/** Destroys a deployment's instance after the user confirms; billing stops with it. */
export function DestroyButton({ deployment, compact = false }: DestroyButtonProps) {
  const [open, setOpen] = useState(false);
  const destroy = useDestroy();

  function changeOpen(next: boolean) {
    if (destroy.isPending) return;
    setOpen(next);
    if (!next) destroy.reset();
  }

  function confirm() {
    destroy.mutate(deployment.id, { onSuccess: () => setOpen(false) });
  }

  const name = deployment.template_name;
  return (
    <AlertDialog open={open} onOpenChange={changeOpen}>
      <AlertDialogTrigger asChild>
        {compact ? (
          <Button
            variant="ghost"
            size="icon"
            className="text-muted-foreground hover:text-destructive size-8"
            aria-label={`Destroy ${name}`}
            title={`Destroy ${name}`}
            data-testid="destroy-button"
          >
            <Trash2 aria-hidden="true" />
          </Button>
        ) : (
          <Button variant="outline" data-testid="destroy-button">
            <Trash2 aria-hidden="true" />
            Destroy
          </Button>
        )}
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>Destroy {name}?</AlertDialogTitle>
          <AlertDialogDescription>
            Dumont releases the {deployment.gpu_name ?? 'rented'} instance and billing stops.
            Anything stored on the instance&apos;s disk is lost; this cannot be undone.
          </AlertDialogDescription>
        </AlertDialogHeader>
        {destroy.isError && (
          <Alert variant="destructive">
            <CircleAlert aria-hidden="true" />
            <AlertDescription>{describeError(destroy.error)}</AlertDescription>
          </Alert>
        )}
        <AlertDialogFooter>
          <AlertDialogCancel disabled={destroy.isPending}>Keep it</AlertDialogCancel>
          <Button
            variant="destructive"
            onClick={confirm}
            disabled={destroy.isPending}
            data-testid="confirm-destroy"
          >
            {destroy.isPending ? (
              <LoaderCircle className="animate-spin" aria-hidden="true" />
            ) : (
              <Trash2 aria-hidden="true" />
            )}
            {destroy.isPending ? 'Destroying…' : 'Destroy'}
          </Button>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
