import type { QueryParams } from '@/lib/api';

export type SortOrder = 'relevance' | 'popular' | 'rating' | 'recent' | 'trending';
export type OfficialFilter = 'all' | 'official' | 'community';

export const SORT_OPTIONS: readonly { value: SortOrder; label: string }[] = [
  { value: 'relevance', label: 'Best match' },
  { value: 'popular', label: 'Most launched' },
  { value: 'rating', label: 'Highest rated' },
  { value: 'recent', label: 'Recently updated' },
  { value: 'trending', label: 'Trending' },
];

export const MIN_RATING_OPTIONS = [4, 3, 2, 1] as const;

/** Results per page: four rows of the widest grid. */
export const PAGE_SIZE = 24;

/** What the browse page shows, as the URL says it (`page` counts from 1 there). */
export interface MarketplaceFilters {
  q: string;
  category: string;
  tag: string;
  architecture: string;
  official: OfficialFilter;
  minRating: number | null;
  sort: SortOrder;
  page: number;
}

function parseSort(value: string | null): SortOrder {
  return SORT_OPTIONS.some((option) => option.value === value) ? (value as SortOrder) : 'relevance';
}

function parseOfficial(value: string | null): OfficialFilter {
  if (value === 'true') return 'official';
  if (value === 'false') return 'community';
  return 'all';
}

function parseMinRating(value: string | null): number | null {
  const rating = Number(value);
  return value && Number.isInteger(rating) && rating >= 1 && rating <= 5 ? rating : null;
}

function parsePage(value: string | null): number {
  const page = Number(value);
  return value && Number.isInteger(page) && page >= 1 ? page : 1;
}

export function parseFilters(params: URLSearchParams): MarketplaceFilters {
  return {
    q: params.get('q') ?? '',
    category: params.get('category') ?? '',
    tag: params.get('tag') ?? '',
    architecture: params.get('architecture') ?? '',
    official: parseOfficial(params.get('official')),
    minRating: parseMinRating(params.get('min_rating')),
    sort: parseSort(params.get('sort')),
    page: parsePage(params.get('page')),
  };
}

/** Anything narrowing the results beyond the default browse. */
export function hasFilters(filters: MarketplaceFilters): boolean {
  return (
    filters.q !== '' ||
    filters.category !== '' ||
    filters.tag !== '' ||
    filters.architecture !== '' ||
    filters.official !== 'all' ||
    filters.minRating !== null
  );
}

/** The URL value of an official filter (absent for all). */
export function officialParam(official: OfficialFilter): string {
  if (official === 'official') return 'true';
  if (official === 'community') return 'false';
  return '';
}

/** The query string of GET /api/v1/marketplace/templates for these filters. */
export function toSearchQuery(filters: MarketplaceFilters): QueryParams {
  return {
    q: filters.q,
    category: filters.category,
    tag: filters.tag,
    architecture: filters.architecture,
    official: officialParam(filters.official),
    min_rating: filters.minRating,
    sort: filters.sort,
    page: filters.page - 1,
    size: PAGE_SIZE,
  };
}
