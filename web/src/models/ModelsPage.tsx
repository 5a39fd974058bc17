import { LoaderCircle, SearchX } from 'lucide-react';
import { useSearchParams } from 'react-router';

import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { FilterChip } from '@/components/FilterChip';
import { LoadingRegion } from '@/components/LoadingRegion';
import { PageHeader } from '@/components/PageHeader';
import { SearchField } from '@/components/SearchField';
import { Button } from '@/components/ui/button';
import { useSearchParamDraft } from '@/lib/use-search-param-draft';

import { ClusterStatusBadge } from './ClusterStatusBadge';
import { ENGINES } from './model';
import { ModelCard, ModelCardSkeleton } from './ModelCard';
import { useModels } from './queries';

const GRID = 'grid gap-4 sm:grid-cols-2 xl:grid-cols-3';

export function ModelsPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const search = useSearchParamDraft('q');
  const engine = searchParams.get('engine') ?? '';
  const models = useModels({ query: search.committed, engine });
  const hasFilters = engine !== '' || search.committed !== '';

  function selectEngine(value: string) {
    setSearchParams(
      (current) => {
        const params = new URLSearchParams(current);
        if (value) params.set('engine', value);
        else params.delete('engine');
        return params;
      },
      { replace: true },
    );
  }

  function clearFilters() {
    search.setDraft('');
    setSearchParams(new URLSearchParams(), { replace: true });
  }

  return (
    <div className="space-y-8">
      <title>Models · Dumont</title>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <PageHeader
          title="Models"
          description="A curated catalog of open LLMs and the inference engines that serve them."
        />
        <ClusterStatusBadge />
      </div>
      <section
        aria-label="Filters"
        className="flex flex-col gap-4 sm:flex-row sm:items-center sm:justify-between"
      >
        <SearchField
          label="Search models"
          placeholder="Search models…"
          value={search.draft}
          onChange={search.setDraft}
        />
        <div role="group" aria-label="Engine" className="flex flex-wrap items-center gap-2">
          <FilterChip selected={engine === ''} onClick={() => selectEngine('')}>
            All engines
          </FilterChip>
          {ENGINES.map((option) => (
            <FilterChip
              key={option.id}
              selected={engine === option.id}
              onClick={() => selectEngine(engine === option.id ? '' : option.id)}
            >
              {option.label}
            </FilterChip>
          ))}
        </div>
      </section>

      {models.isPending ? (
        <LoadingRegion label="Loading models…" className={GRID}>
          {Array.from({ length: 6 }, (_, index) => (
            <ModelCardSkeleton key={index} />
          ))}
        </LoadingRegion>
      ) : models.isError ? (
        <ErrorState
          title="Couldn't load models"
          error={models.error}
          onRetry={() => void models.refetch()}
          retrying={models.isFetching}
        />
      ) : models.data.length === 0 ? (
        <EmptyState
          icon={SearchX}
          title={hasFilters ? 'No models match these filters' : 'No models yet'}
          description={
            hasFilters
              ? 'Try another search or engine.'
              : 'The model catalog on this server is empty.'
          }
          action={
            hasFilters && (
              <Button variant="outline" onClick={clearFilters}>
                Clear filters
              </Button>
            )
          }
        />
      ) : (
        <div className="space-y-4">
          <p className="text-muted-foreground flex items-center gap-2 text-sm" aria-live="polite">
            {models.data.length} {models.data.length === 1 ? 'model' : 'models'}
            {models.isPlaceholderData && (
              <>
                <LoaderCircle className="size-3.5 animate-spin" aria-hidden="true" />
                <span>Updating…</span>
              </>
            )}
          </p>
          <div className={GRID} aria-busy={models.isPlaceholderData}>
            {models.data.map((model) => (
              <ModelCard key={model.id} model={model} />
            ))}
          </div>
        </div>
      )}
    </div>
  );
}
