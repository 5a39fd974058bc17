import { Clock, Info } from 'lucide-react';

import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';

import type { FirstBoot } from './template';

/**
 * What to expect from the first start: a warning when it downloads models or weights beyond the
 * image, a plain note when it only has something to say.
 */
export function FirstBootWarning({ firstBoot }: { firstBoot: FirstBoot | null }) {
  if (!firstBoot) return null;
  const minutes = firstBoot.estimated_minutes > 0 ? `≈${firstBoot.estimated_minutes} min` : null;

  if (firstBoot.download_gb > 0) {
    return (
      <Alert variant="warning" role="note" data-testid="first-boot-warning">
        <Clock aria-hidden="true" />
        <AlertTitle>Slow first boot</AlertTitle>
        <AlertDescription>
          <p>
            First boot downloads about {firstBoot.download_gb} GB{minutes && ` (${minutes})`}
            {firstBoot.note ? ` — ${firstBoot.note}` : '. Later starts reuse the download.'}
          </p>
        </AlertDescription>
      </Alert>
    );
  }

  if (!firstBoot.note) return null;
  return (
    <Alert variant="info" role="note" data-testid="first-boot-note">
      <Info aria-hidden="true" />
      <AlertTitle>First boot{minutes && ` (${minutes})`}</AlertTitle>
      <AlertDescription>
        <p>{firstBoot.note}</p>
      </AlertDescription>
    </Alert>
  );
}
