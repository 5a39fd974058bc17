import { CircleAlert, LoaderCircle, type LucideIcon } from 'lucide-react';
import { useState, type ReactNode } from 'react';

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

/** The part of a TanStack mutation the dialog follows. */
interface ConfirmMutation {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  reset: () => void;
}

interface ConfirmDialogProps {
  /** The button that opens the dialog. */
  trigger: ReactNode;
  title: ReactNode;
  description: ReactNode;
  /** Fields asked for before confirming (a note, say). */
  children?: ReactNode;
  icon: LucideIcon;
  confirmLabel: string;
  pendingLabel: string;
  cancelLabel: string;
  confirmTestId: string;
  mutation: ConfirmMutation;
  /** Starts the action; call `close` once it succeeded. */
  onConfirm: (close: () => void) => void;
  /** Clears what the dialog asked for when it closes. */
  onClosed?: () => void;
}

/**
 * A destructive action confirmed in a dialog: it cannot close while the action runs, shows the
 * server's refusal in place, and starts clean each time it opens.
 */
export function ConfirmDialog({
  trigger,
  title,
  description,
  children,
  icon: Icon,
  confirmLabel,
  pendingLabel,
  cancelLabel,
  confirmTestId,
  mutation,
  onConfirm,
  onClosed,
}: ConfirmDialogProps) {
  const [open, setOpen] = useState(false);

  function changeOpen(next: boolean) {
    if (mutation.isPending) return;
    setOpen(next);
    if (!next) {
      mutation.reset();
      onClosed?.();
    }
  }

  return (
    <AlertDialog open={open} onOpenChange={changeOpen}>
      <AlertDialogTrigger asChild>{trigger}</AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{title}</AlertDialogTitle>
          <AlertDialogDescription>{description}</AlertDialogDescription>
        </AlertDialogHeader>
        {children}
        {mutation.isError && (
          <Alert variant="destructive">
            <CircleAlert aria-hidden="true" />
            <AlertDescription>{describeError(mutation.error)}</AlertDescription>
          </Alert>
        )}
        <AlertDialogFooter>
          <AlertDialogCancel disabled={mutation.isPending}>{cancelLabel}</AlertDialogCancel>
          <Button
            variant="destructive"
            disabled={mutation.isPending}
            data-testid={confirmTestId}
            onClick={() => onConfirm(() => setOpen(false))}
          >
            {mutation.isPending ? (
              <LoaderCircle className="animate-spin" aria-hidden="true" />
            ) : (
              <Icon aria-hidden="true" />
            )}
            {mutation.isPending ? pendingLabel : confirmLabel}
          </Button>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
