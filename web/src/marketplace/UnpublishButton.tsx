import { EyeOff } from 'lucide-react';

import { ConfirmDialog } from '@/components/ConfirmDialog';
import { Button } from '@/components/ui/button';

import type { MarketplaceTemplate } from './model';
import { useUnpublish } from './queries';

/** Hides the template from browse and search after the author (or an admin) confirms. */
export function UnpublishButton({ template }: { template: MarketplaceTemplate }) {
  const unpublish = useUnpublish(template.id);
  return (
    <ConfirmDialog
      trigger={
        <Button variant="outline" data-testid="unpublish-button">
          <EyeOff aria-hidden="true" />
          Unpublish
        </Button>
      }
      title={`Unpublish ${template.name}?`}
      description="It disappears from browse and search and takes no new deployments. Deployments already running keep running. You still find it under My templates."
      icon={EyeOff}
      confirmLabel="Unpublish"
      pendingLabel="Unpublishing…"
      cancelLabel="Keep it listed"
      confirmTestId="confirm-unpublish"
      mutation={unpublish}
      onConfirm={(close) => unpublish.mutate(undefined, { onSuccess: close })}
    />
  );
}
