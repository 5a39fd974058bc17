import { CircleAlert, EyeOff, LoaderCircle } from 'lucide-react';
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

import type { MarketplaceTemplate } from './model';
import { useUnpublish } from './queries';

/** Hides the template from browse and search after the author (or an admin) confirms. */
export function UnpublishButton({ template }: { template: MarketplaceTemplate }) {
  const [open, setOpen] = useState(false);
  const unpublish = useUnpublish(template.id);

  function changeOpen(next: boolean) {
    if (unpublish.isPending) return;
    setOpen(next);
    if (!next) unpublish.reset();
  }

  return (
    <AlertDialog open={open} onOpenChange={changeOpen}>
      <AlertDialogTrigger asChild>
        <Button variant="outline" data-testid="unpublish-button">
          <EyeOff aria-hidden="true" />
          Unpublish
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>Unpublish {template.name}?</AlertDialogTitle>
          <AlertDialogDescription>
            It disappears from browse and search and takes no new deployments. Deployments already
            running keep running. You still find it under My templates.
          </AlertDialogDescription>
        </AlertDialogHeader>
        {unpublish.isError && (
          <Alert variant="destructive">
            <CircleAlert aria-hidden="true" />
            <AlertDescription>{describeError(unpublish.error)}</AlertDescription>
          </Alert>
        )}
        <AlertDialogFooter>
          <AlertDialogCancel disabled={unpublish.isPending}>Keep it listed</AlertDialogCancel>
          <Button
            variant="destructive"
            disabled={unpublish.isPending}
            data-testid="confirm-unpublish"
            onClick={() => unpublish.mutate(undefined, { onSuccess: () => setOpen(false) })}
          >
            {unpublish.isPending ? (
              <LoaderCircle className="animate-spin" aria-hidden="true" />
            ) : (
              <EyeOff aria-hidden="true" />
            )}
            {unpublish.isPending ? 'Unpublishing…' : 'Unpublish'}
          </Button>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
