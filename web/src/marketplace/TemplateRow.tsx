import type { UseQueryResult } from '@tanstack/react-query';
import { RotateCw, type LucideIcon } from 'lucide-react';

import { LoadingRegion } from '@/components/LoadingRegion';
import { Button } from '@/components/ui/button';
import { describeError } from '@/lib/api';

import { MarketplaceCard, MarketplaceCardSkeleton } from './MarketplaceCard';
import type { MarketplaceTemplate } from './model';

/** Cards a row shows: one line of the widest grid. */
const ROW_LENGTH = 4;

const ROW_GRID = 'grid gap-4 sm:grid-cols-2 xl:grid-cols-4';

interface TemplateRowProps {
  /** `featured` or `trending`: names the row's test ids and heading. */
  kind: string;
  title: string;
  icon: LucideIcon;
  description: string;
  empty: string;
  query: UseQueryResult<MarketplaceTemplate[]>;
}

/** A short row of templates (featured, trending) above the search results. */
export function TemplateRow({
  kind,
  title,
  icon: Icon,
  description,
  empty,
  query,
}: TemplateRowProps) {
  const headingId = `${kind}-heading`;
  return (
    <section aria-labelledby={headingId} data-testid={`${kind}-row`} className="space-y-3">
      <div className="space-y-0.5">
        <h2 id={headingId} className="flex items-center gap-2 text-lg font-semibold">
          <Icon className="text-primary size-4" aria-hidden="true" />
          {title}
        </h2>
        <p className="text-muted-foreground text-sm">{description}</p>
      </div>
      {query.isPending ? (
        <LoadingRegion label={`Loading ${title.toLowerCase()}…`} className={ROW_GRID}>
          {Array.from({ length: ROW_LENGTH }, (_, index) => (
            <MarketplaceCardSkeleton key={index} />
          ))}
        </LoadingRegion>
      ) : query.isError ? (
        <div
          role="alert"
          className="border-destructive/40 bg-destructive/5 flex flex-wrap items-center justify-between gap-3 rounded-lg border px-4 py-3 text-sm"
        >
          <span>
            Couldn&apos;t load {title.toLowerCase()}: {describeError(query.error)}
          </span>
          <Button
            variant="outline"
            size="sm"
            onClick={() => void query.refetch()}
            disabled={query.isFetching}
          >
            <RotateCw
              className={query.isFetching ? 'animate-spin' : undefined}
              aria-hidden="true"
            />
            Try again
          </Button>
        </div>
      ) : query.data.length === 0 ? (
        <p className="text-muted-foreground rounded-lg border border-dashed px-4 py-6 text-center text-sm">
          {empty}
        </p>
      ) : (
        <div className={ROW_GRID}>
          {query.data.slice(0, ROW_LENGTH).map((template) => (
            <MarketplaceCard
              key={template.id}
              template={template}
              testId={`${kind}-card`}
              idPrefix={kind}
            />
          ))}
        </div>
      )}
    </section>
  );
}
