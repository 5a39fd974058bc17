import { CircleAlert, RotateCw, Rocket } from 'lucide-react';
import { useState } from 'react';

import { LoadingRegion } from '@/components/LoadingRegion';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';
import { describeError } from '@/lib/api';
import { useDebounced } from '@/lib/use-debounced';

import { DeployForm } from './DeployForm';
import { NoOffers } from './NoOffers';
import { ANY_OFFER, type OfferConstraintValues } from './offer-constraints';
import { OfferFilters } from './OfferFilters';
import { useOffers } from './queries';
import { SimulatedBadge } from './StatusBadge';
import { deployRef, type DeployTarget } from './validate-deploy';

/**
 * A template page's deploy card: live offers, disk and secrets, then one click. Official
 * templates are deployed by slug, marketplace templates by id (`ref`).
 */
export function DeployPanel({ template }: { template: DeployTarget }) {
  const [constraints, setConstraints] = useState<OfferConstraintValues>(ANY_OFFER);
  // A typed price searches once it stops changing, not once per key (Vast.ai allows few searches a minute).
  const maxPrice = useDebounced(constraints.maxPrice);
  const offers = useOffers(deployRef(template), { ...constraints, maxPrice });

  return (
    <Card
      aria-labelledby="deploy-heading"
      role="region"
      className="border-primary/30 from-primary/10 bg-gradient-to-b to-transparent"
    >
      <CardHeader>
        <CardTitle className="flex items-center gap-2 text-base">
          <Rocket className="text-primary size-4" aria-hidden="true" />
          <h2 id="deploy-heading">Deploy {template.name}</h2>
          {offers.data?.simulated && <SimulatedBadge className="ml-auto" />}
        </CardTitle>
        <CardDescription>
          Dumont rents the GPU, starts {template.name} and tells you when it answers.
        </CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        <OfferFilters value={constraints} onChange={setConstraints} />
        {offers.isPending ? (
          <LoadingRegion label="Loading GPU offers…" className="block space-y-2">
            {Array.from({ length: 3 }, (_, index) => (
              <Skeleton key={index} className="h-16 w-full rounded-lg" />
            ))}
            <Skeleton className="h-9 w-full" />
          </LoadingRegion>
        ) : offers.isError ? (
          <Alert variant="destructive">
            <CircleAlert aria-hidden="true" />
            <AlertTitle>Couldn&apos;t load GPU offers</AlertTitle>
            <AlertDescription>
              <p>{describeError(offers.error)}</p>
              <Button
                variant="outline"
                size="sm"
                className="mt-2"
                onClick={() => void offers.refetch()}
                disabled={offers.isFetching}
              >
                <RotateCw
                  className={offers.isFetching ? 'animate-spin' : undefined}
                  aria-hidden="true"
                />
                Try again
              </Button>
            </AlertDescription>
          </Alert>
        ) : offers.data.offers.length === 0 ? (
          <NoOffers
            templateRef={deployRef(template)}
            slug={template.slug}
            templateName={template.name}
            message={offers.data.message}
            onCheckAgain={() => void offers.refetch()}
            checking={offers.isFetching}
          />
        ) : (
          <DeployForm
            template={template}
            offers={offers.data.offers}
            onOffersStale={() => void offers.refetch()}
            constraints={constraints}
          />
        )}
      </CardContent>
    </Card>
  );
}
