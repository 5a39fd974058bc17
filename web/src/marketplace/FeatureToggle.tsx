import { LoaderCircle, Star, StarOff } from 'lucide-react';

import { useIsAdmin } from '@/auth/session';
import { Button } from '@/components/ui/button';
import { describeError } from '@/lib/api';

import type { MarketplaceTemplate } from './model';
import { useSetFeatured } from './queries';

/**
 * Admins put a template on the marketplace's front page, or take it off. Only listed templates
 * (public, not unpublished) may be featured; one featured before it stopped being listed can still
 * be taken off.
 */
export function FeatureToggle({ template }: { template: MarketplaceTemplate }) {
  const isAdmin = useIsAdmin();
  const setFeatured = useSetFeatured(template.id);
  const listed = template.visibility === 'public' && !template.unpublished_at;
  if (!isAdmin || (!template.featured && !listed)) return null;

  const { featured } = template;
  const Icon = setFeatured.isPending ? LoaderCircle : featured ? StarOff : Star;
  return (
    <>
      <Button
        variant="outline"
        disabled={setFeatured.isPending}
        title={featured ? 'Take it off the front page' : 'Show it on the front page'}
        data-testid="feature-toggle"
        onClick={() => setFeatured.mutate(!featured)}
      >
        <Icon className={setFeatured.isPending ? 'animate-spin' : undefined} aria-hidden="true" />
        {featured ? 'Unfeature' : 'Feature'}
      </Button>
      {setFeatured.isError && (
        <p role="alert" className="text-destructive w-full text-sm" data-testid="feature-error">
          {describeError(setFeatured.error)}
        </p>
      )}
    </>
  );
}
