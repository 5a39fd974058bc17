import { Flame, FilterX, FolderOpen, PackageOpen, Sparkles, Upload } from 'lucide-react';
import { Link, useSearchParams } from 'react-router';

import { useAccessToken } from '@/auth/session';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { FilterChip } from '@/components/FilterChip';
import { LoadingRegion } from '@/components/LoadingRegion';
import { SearchField } from '@/components/SearchField';
import { SegmentedControl } from '@/components/SegmentedControl';
import { Button } from '@/components/ui/button';
import { Label } from '@/components/ui/label';
import { NativeSelect } from '@/components/ui/native-select';
import { useSearchParamDraft } from '@/lib/use-search-param-draft';
import { categoryLabel } from '@/templates/category';

import { FacetList } from './FacetList';
import { MarketplaceCard, MarketplaceCardSkeleton } from './MarketplaceCard';
import type { TemplatePage } from './model';
import { Pagination } from './Pagination';
import { useCategories, useFeatured, useMarketplaceSearch, useTrending } from './queries';
import {
  hasFilters,
  MIN_RATING_OPTIONS,
  officialParam,
  PAGE_SIZE,
  parseFilters,
  SORT_OPTIONS,
  type MarketplaceFilters,
  type OfficialFilter,
} from './search-params';
import { TemplateRow } from './TemplateRow';

const GRID = 'grid gap-4 sm:grid-cols-2 xl:grid-cols-3';
const PAGE_RESETS = ['page'] as const;

const OFFICIAL_OPTIONS: readonly { value: OfficialFilter; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'official', label: 'Official' },
  { value: 'community', label: 'Community' },
];

export function MarketplacePage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const search = useSearchParamDraft('q', 300, PAGE_RESETS);
  const filters = parseFilters(searchParams);
  const filtered = hasFilters(filters);
  const results = useMarketplaceSearch(filters);

  /** Sets one URL parameter (empty removes it); any change but paging starts at page 1. */
  function setParam(key: string, value: string) {
    setSearchParams(
      (current) => {
        const params = new URLSearchParams(current);
        if (value) params.set(key, value);
        else params.delete(key);
        if (key !== 'page') params.delete('page');
        return params;
      },
      { replace: key !== 'page' },
    );
  }

  function clearFilters() {
    search.setDraft('');
    setSearchParams(
      (current) => {
        const params = new URLSearchParams();
        const sort = current.get('sort');
        if (sort) params.set('sort', sort);
        return params;
      },
      { replace: true },
    );
  }

  return (
    <div className="space-y-8">
      <title>Marketplace · Dumont</title>
      <MarketplaceHeader />

      <div className="space-y-4">
        <SearchField
          label="Search the marketplace"
          placeholder="Search name, description, tags, author, README…"
          value={search.draft}
          onChange={search.setDraft}
          testId="marketplace-search"
          className="sm:max-w-xl"
        />
        <CategoryChips
          selected={filters.category}
          onSelect={(value) => setParam('category', value)}
        />
      </div>

      {!filtered && filters.page === 1 && <LandingRows />}

      <div className="grid gap-6 lg:grid-cols-[13rem_minmax(0,1fr)]">
        <aside aria-label="Filters" className="space-y-5">
          <FacetList
            title="Tags"
            values={results.data?.facets.tag ?? []}
            selected={filters.tag}
            onSelect={(value) => setParam('tag', value)}
          />
          <FacetList
            title="Architecture"
            values={results.data?.facets.architecture ?? []}
            selected={filters.architecture}
            onSelect={(value) => setParam('architecture', value)}
          />
        </aside>

        <section aria-labelledby="results-heading" className="min-w-0 space-y-4">
          <h2 id="results-heading" className="sr-only">
            Templates
          </h2>
          <ResultsToolbar
            filters={filters}
            onOfficialChange={(value) => setParam('official', officialParam(value))}
            onMinRatingChange={(value) => setParam('min_rating', value)}
            onSortChange={(value) => setParam('sort', value === 'relevance' ? '' : value)}
          />
          {results.isPending ? (
            <LoadingRegion label="Loading templates…" className={GRID}>
              {Array.from({ length: 6 }, (_, index) => (
                <MarketplaceCardSkeleton key={index} />
              ))}
            </LoadingRegion>
          ) : results.isError ? (
            <ErrorState
              title="Couldn't load the marketplace"
              error={results.error}
              onRetry={() => void results.refetch()}
              retrying={results.isFetching}
            />
          ) : (
            <Results
              page={results.data}
              filters={filters}
              filtered={filtered}
              updating={results.isPlaceholderData}
              onClearFilters={clearFilters}
              onPageChange={(page) => setParam('page', page > 1 ? String(page) : '')}
            />
          )}
        </section>
      </div>
    </div>
  );
}

function MarketplaceHeader() {
  const signedIn = useAccessToken() !== null;
  return (
    <div className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">Marketplace</h1>
        <p className="text-muted-foreground max-w-2xl text-sm sm:text-base">
          Official and community templates: find one by what it does, read what others say, fork it
          or deploy it as it is.
        </p>
      </div>
      <div className="flex shrink-0 gap-2">
        {signedIn && (
          <Button asChild variant="outline">
            <Link to="/marketplace/mine">
              <FolderOpen aria-hidden="true" />
              My templates
            </Link>
          </Button>
        )}
        <Button asChild>
          <Link to="/marketplace/publish">
            <Upload aria-hidden="true" />
            Publish a template
          </Link>
        </Button>
      </div>
    </div>
  );
}

function CategoryChips({
  selected,
  onSelect,
}: {
  selected: string;
  onSelect: (category: string) => void;
}) {
  const categories = useCategories();
  // The chips are a shortcut: while they load or if they fail, the search still works.
  const listed = (categories.data ?? []).filter((category) => category.templates > 0);
  if (listed.length === 0 && !selected) return null;
  return (
    <div role="group" aria-label="Category" className="flex flex-wrap gap-2">
      <FilterChip selected={selected === ''} onClick={() => onSelect('')}>
        All categories
      </FilterChip>
      {listed.map((category) => (
        <FilterChip
          key={category.category}
          selected={selected === category.category}
          onClick={() => onSelect(selected === category.category ? '' : category.category)}
          data-testid="category-chip"
          data-category={category.category}
        >
          {categoryLabel(category.category)}
          <span className="text-muted-foreground text-xs tabular-nums">{category.templates}</span>
        </FilterChip>
      ))}
    </div>
  );
}

function LandingRows() {
  const featured = useFeatured();
  const trending = useTrending();
  return (
    <div className="space-y-8">
      <TemplateRow
        kind="featured"
        title="Featured"
        icon={Sparkles}
        description="Picked by the Dumont team."
        empty="Nothing is featured yet."
        query={featured}
      />
      <TemplateRow
        kind="trending"
        title="Trending"
        icon={Flame}
        description="Launched most in the last few days; recent launches count more."
        empty="Nothing has been launched recently."
        query={trending}
      />
    </div>
  );
}

interface ResultsToolbarProps {
  filters: MarketplaceFilters;
  onOfficialChange: (value: OfficialFilter) => void;
  onMinRatingChange: (value: string) => void;
  onSortChange: (value: string) => void;
}

function ResultsToolbar({
  filters,
  onOfficialChange,
  onMinRatingChange,
  onSortChange,
}: ResultsToolbarProps) {
  return (
    <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-center">
      <SegmentedControl
        label="Publisher"
        options={OFFICIAL_OPTIONS}
        value={filters.official}
        onChange={onOfficialChange}
      />
      <div className="flex items-center gap-2 sm:ml-auto">
        <Label htmlFor="marketplace-min-rating" className="text-muted-foreground shrink-0">
          Rating
        </Label>
        <NativeSelect
          id="marketplace-min-rating"
          data-testid="min-rating-select"
          value={filters.minRating === null ? '' : String(filters.minRating)}
          onChange={(event) => onMinRatingChange(event.target.value)}
          className="w-32"
        >
          <option value="">Any rating</option>
          {MIN_RATING_OPTIONS.map((rating) => (
            <option key={rating} value={rating}>
              {rating}+ stars
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="flex items-center gap-2">
        <Label htmlFor="marketplace-sort" className="text-muted-foreground shrink-0">
          Sort by
        </Label>
        <NativeSelect
          id="marketplace-sort"
          data-testid="sort-select"
          value={filters.sort}
          onChange={(event) => onSortChange(event.target.value)}
          className="w-44"
        >
          {SORT_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </NativeSelect>
      </div>
    </div>
  );
}

interface ResultsProps {
  page: TemplatePage;
  filters: MarketplaceFilters;
  filtered: boolean;
  /** The previous page is shown while the next one loads. */
  updating: boolean;
  onClearFilters: () => void;
  onPageChange: (page: number) => void;
}

function Results({
  page,
  filters,
  filtered,
  updating,
  onClearFilters,
  onPageChange,
}: ResultsProps) {
  if (page.total === 0 && !filtered) {
    return (
      <EmptyState
        icon={PackageOpen}
        title="The marketplace is empty"
        description="No template is listed yet. Publish the first one."
        action={
          <Button asChild>
            <Link to="/marketplace/publish">Publish a template</Link>
          </Button>
        }
      />
    );
  }
  if (page.items.length === 0) {
    return (
      <EmptyState
        icon={FilterX}
        title="No templates match"
        description={
          filters.q
            ? `Nothing matches “${filters.q}” with these filters. Try other words or fewer filters.`
            : 'Try another category, tag or rating.'
        }
        action={
          <Button variant="outline" onClick={onClearFilters}>
            Clear filters
          </Button>
        }
      />
    );
  }
  const pageCount = Math.max(1, Math.ceil(page.total / (page.size || PAGE_SIZE)));
  return (
    <div className="space-y-4">
      <p className="text-muted-foreground text-sm" aria-live="polite" data-testid="result-count">
        {page.total} {page.total === 1 ? 'template' : 'templates'}
        {filters.q && ` for “${filters.q}”`}
      </p>
      <div
        className={GRID + (updating ? ' opacity-60 transition-opacity' : '')}
        aria-busy={updating || undefined}
      >
        {page.items.map((template) => (
          <MarketplaceCard key={template.id} template={template} />
        ))}
      </div>
      <Pagination
        page={filters.page}
        pageCount={pageCount}
        onPageChange={onPageChange}
        label="Result pages"
      />
    </div>
  );
}
