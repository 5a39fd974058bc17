import { FilterX, PackageOpen } from 'lucide-react';
import { useSearchParams } from 'react-router';

import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingRegion } from '@/components/LoadingRegion';
import { PageHeader } from '@/components/PageHeader';
import { Button } from '@/components/ui/button';
import { useSearchParamDraft } from '@/lib/use-search-param-draft';

import { categoriesOf, filterTemplates } from './filter-templates';
import { useTemplates } from './queries';
import type { Template } from './template';
import { TemplateCard, TemplateCardSkeleton } from './TemplateCard';
import { TemplateFilterBar } from './TemplateFilterBar';
import { parseVramBucket } from './vram-buckets';

const GRID = 'grid gap-4 sm:grid-cols-2 xl:grid-cols-4';

export function TemplatesPage() {
  const templates = useTemplates();
  const [searchParams, setSearchParams] = useSearchParams();
  const search = useSearchParamDraft('q');
  const vram = parseVramBucket(searchParams.get('vram'));
  const category = searchParams.get('category') ?? '';
  const hasFilters = vram.id !== 'any' || category !== '' || search.committed !== '';

  function setParam(key: string, value: string) {
    setSearchParams(
      (current) => {
        const params = new URLSearchParams(current);
        if (value) params.set(key, value);
        else params.delete(key);
        return params;
      },
      { replace: true },
    );
  }

  function clearFilters() {
    search.setDraft('');
    setSearchParams(new URLSearchParams(), { replace: true });
  }

  const all = templates.data ?? [];
  const visible = filterTemplates(all, { vram, category, query: search.committed });

  return (
    <div className="space-y-8">
      <title>Templates · Dumont</title>
      <PageHeader
        title="Templates"
        description="Pre-configured GPU workloads with CUDA, drivers, ports and volumes already set up. Pick one and have it running in minutes."
      />
      <TemplateFilterBar
        search={search.draft}
        onSearchChange={search.setDraft}
        vram={vram.id}
        onVramChange={(value) => setParam('vram', value === 'any' ? '' : value)}
        categories={categoriesOf(all)}
        category={category}
        onCategoryChange={(value) => setParam('category', value)}
      />
      {templates.isPending ? (
        <LoadingRegion label="Loading templates…" className={GRID}>
          {Array.from({ length: 4 }, (_, index) => (
            <TemplateCardSkeleton key={index} />
          ))}
        </LoadingRegion>
      ) : templates.isError ? (
        <ErrorState
          title="Couldn't load templates"
          error={templates.error}
          onRetry={() => void templates.refetch()}
          retrying={templates.isFetching}
        />
      ) : (
        <TemplateResults
          templates={visible}
          total={all.length}
          hasFilters={hasFilters}
          onClearFilters={clearFilters}
        />
      )}
    </div>
  );
}

interface TemplateResultsProps {
  templates: Template[];
  total: number;
  hasFilters: boolean;
  onClearFilters: () => void;
}

function TemplateResults({ templates, total, hasFilters, onClearFilters }: TemplateResultsProps) {
  if (total === 0) {
    return (
      <EmptyState
        icon={PackageOpen}
        title="No templates yet"
        description="This server has no templates to deploy."
      />
    );
  }
  return (
    <div className="space-y-4">
      <p className="text-muted-foreground text-sm" aria-live="polite">
        {hasFilters
          ? `Showing ${templates.length} of ${total} templates`
          : `${total} ${total === 1 ? 'template' : 'templates'}`}
      </p>
      {templates.length === 0 ? (
        <EmptyState
          icon={FilterX}
          title="No templates match these filters"
          description="Try a different VRAM range, category or search."
          action={
            <Button variant="outline" onClick={onClearFilters}>
              Clear filters
            </Button>
          }
        />
      ) : (
        <div className={GRID}>
          {templates.map((template) => (
            <TemplateCard key={template.id} template={template} />
          ))}
        </div>
      )}
    </div>
  );
}
