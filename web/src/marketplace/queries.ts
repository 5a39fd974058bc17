import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';

import { apiDelete, apiGet, apiPost, apiPut } from '@/lib/api';

import {
  toAnalytics,
  toCategoryCount,
  toMarketplaceTemplate,
  toReport,
  toReview,
  toReviewPage,
  toTemplatePage,
  toVersion,
  type MarketplaceTemplate,
  type Report,
  type ReportAction,
  type ReportStatus,
  type Review,
  type ReviewPage,
} from './model';
import { toSearchQuery, type MarketplaceFilters } from './search-params';
import type {
  CategoryCountDto,
  ForkRequest,
  MarketplaceTemplateDto,
  FeatureRequest,
  PublishRequest,
  ReportDto,
  ReportRequest,
  ReportResolution,
  ReviewDto,
  ReviewPageDto,
  ReviewRequest,
  TemplateAnalyticsDto,
  TemplatePageDto,
  TemplateVersionDto,
  UpdateRequest,
} from './types';

const BASE = '/api/v1/marketplace';

/** Reviews per page on a template's page. */
export const REVIEW_PAGE_SIZE = 10;

/** Reports per page in the moderation queue. */
export const REPORT_PAGE_SIZE = 50;

export const marketplaceKeys = {
  all: ['marketplace'] as const,
  search: (filters: MarketplaceFilters) => [...marketplaceKeys.all, 'search', filters] as const,
  searches: () => [...marketplaceKeys.all, 'search'] as const,
  categories: () => [...marketplaceKeys.all, 'categories'] as const,
  featured: () => [...marketplaceKeys.all, 'featured'] as const,
  trending: () => [...marketplaceKeys.all, 'trending'] as const,
  mine: () => [...marketplaceKeys.all, 'mine'] as const,
  detail: (id: string) => [...marketplaceKeys.all, 'detail', id] as const,
  versions: (id: string) => [...marketplaceKeys.all, 'versions', id] as const,
  analytics: (id: string) => [...marketplaceKeys.all, 'analytics', id] as const,
  reviews: (id: string) => [...marketplaceKeys.all, 'reviews', id] as const,
  reviewPage: (id: string, page: number, sort: ReviewSort) =>
    [...marketplaceKeys.reviews(id), page, sort] as const,
  myReview: (id: string) => [...marketplaceKeys.all, 'my-review', id] as const,
  reports: () => [...marketplaceKeys.all, 'reports'] as const,
  reportStatus: (status: ReportStatus) => [...marketplaceKeys.reports(), status] as const,
  reportPage: (status: ReportStatus, page: number) =>
    [...marketplaceKeys.reportStatus(status), page] as const,
};

/** helpful: most helpful votes first; recent: last written first. */
export type ReviewSort = 'helpful' | 'recent';

export function templatePath(id: string, rest = ''): string {
  return `${BASE}/templates/${encodeURIComponent(id)}${rest}`;
}

/** One page of browse or search results; the previous page stays on screen while the next loads. */
export function useMarketplaceSearch(filters: MarketplaceFilters) {
  return useQuery({
    queryKey: marketplaceKeys.search(filters),
    queryFn: async ({ signal }) =>
      toTemplatePage(
        await apiGet<TemplatePageDto>(`${BASE}/templates`, toSearchQuery(filters), signal),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useCategories() {
  return useQuery({
    queryKey: marketplaceKeys.categories(),
    queryFn: async ({ signal }) =>
      (await apiGet<CategoryCountDto[]>(`${BASE}/categories`, undefined, signal)).map(
        toCategoryCount,
      ),
    staleTime: 5 * 60_000,
  });
}

function templateList(path: string) {
  return async ({ signal }: { signal: AbortSignal }) =>
    (await apiGet<MarketplaceTemplateDto[]>(`${BASE}${path}`, undefined, signal)).map(
      toMarketplaceTemplate,
    );
}

export function useFeatured() {
  return useQuery({ queryKey: marketplaceKeys.featured(), queryFn: templateList('/featured') });
}

export function useTrending() {
  return useQuery({ queryKey: marketplaceKeys.trending(), queryFn: templateList('/trending') });
}

/** The signed-in user's own templates, private and unpublished ones included. */
export function useMyTemplates(enabled = true) {
  return useQuery({ queryKey: marketplaceKeys.mine(), queryFn: templateList('/mine'), enabled });
}

export function useMarketplaceTemplate(id: string) {
  return useQuery({
    queryKey: marketplaceKeys.detail(id),
    queryFn: async ({ signal }) =>
      toMarketplaceTemplate(
        await apiGet<MarketplaceTemplateDto>(templatePath(id), undefined, signal),
      ),
  });
}

export function useTemplateVersions(id: string) {
  return useQuery({
    queryKey: marketplaceKeys.versions(id),
    queryFn: async ({ signal }) =>
      (await apiGet<TemplateVersionDto[]>(templatePath(id, '/versions'), undefined, signal)).map(
        toVersion,
      ),
  });
}

export function useTemplateAnalytics(id: string) {
  return useQuery({
    queryKey: marketplaceKeys.analytics(id),
    queryFn: async ({ signal }) =>
      toAnalytics(
        await apiGet<TemplateAnalyticsDto>(templatePath(id, '/analytics'), undefined, signal),
      ),
  });
}

/** A page (0-based) of a template's reviews. */
export function useReviews(id: string, page: number, sort: ReviewSort = 'helpful') {
  return useQuery({
    queryKey: marketplaceKeys.reviewPage(id, page, sort),
    queryFn: async ({ signal }) =>
      toReviewPage(
        await apiGet<ReviewPageDto>(
          templatePath(id, '/reviews'),
          { page, size: REVIEW_PAGE_SIZE, sort },
          signal,
        ),
      ),
    placeholderData: keepPreviousData,
  });
}

/** The signed-in caller's review of a template, or null when they have not written one. */
export function useMyReview(id: string, enabled: boolean) {
  return useQuery({
    queryKey: marketplaceKeys.myReview(id),
    queryFn: async ({ signal }) => {
      // 204 (undefined) when the caller has not reviewed the template.
      const review = await apiGet<ReviewDto | undefined>(
        templatePath(id, '/reviews/mine'),
        undefined,
        signal,
      );
      return review ? toReview(review) : null;
    },
    enabled,
  });
}

/** Stores a template the server answered with and marks the lists it appears in as stale. */
function remember(queryClient: QueryClient, template: MarketplaceTemplate) {
  queryClient.setQueryData(marketplaceKeys.detail(template.id), template);
  void queryClient.invalidateQueries({ queryKey: marketplaceKeys.mine() });
  void queryClient.invalidateQueries({ queryKey: marketplaceKeys.searches() });
}

export function usePublish() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (request: PublishRequest) =>
      toMarketplaceTemplate(await apiPost<MarketplaceTemplateDto>(`${BASE}/templates`, request)),
    onSuccess: (template) => remember(queryClient, template),
  });
}

export function useUpdateTemplate(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (request: UpdateRequest) =>
      toMarketplaceTemplate(await apiPut<MarketplaceTemplateDto>(templatePath(id), request)),
    onSuccess: (template) => {
      remember(queryClient, template);
      void queryClient.invalidateQueries({ queryKey: marketplaceKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: marketplaceKeys.versions(id) });
    },
  });
}

/** Hides a template from browse and search; deployments of it keep running. */
export function useUnpublish(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiDelete<void>(templatePath(id)),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: marketplaceKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: marketplaceKeys.mine() });
      void queryClient.invalidateQueries({ queryKey: marketplaceKeys.searches() });
    },
  });
}

export function useYankVersion(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (version: string) =>
      (
        await apiPost<TemplateVersionDto[]>(
          templatePath(id, `/versions/${encodeURIComponent(version)}/yank`),
        )
      ).map(toVersion),
    onSuccess: (versions) => queryClient.setQueryData(marketplaceKeys.versions(id), versions),
  });
}

export function useFork(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (request: ForkRequest) =>
      toMarketplaceTemplate(
        await apiPost<MarketplaceTemplateDto>(templatePath(id, '/fork'), request),
      ),
    onSuccess: (template) => remember(queryClient, template),
  });
}

export function useReportTemplate(id: string) {
  return useMutation({
    mutationFn: (request: ReportRequest) => apiPost<unknown>(templatePath(id, '/reports'), request),
  });
}

/** Reviews change the template's rating, so its page and the lists are read again. */
function afterReviewChange(queryClient: QueryClient, templateId: string) {
  void queryClient.invalidateQueries({ queryKey: marketplaceKeys.reviews(templateId) });
  void queryClient.invalidateQueries({ queryKey: marketplaceKeys.myReview(templateId) });
  void queryClient.invalidateQueries({ queryKey: marketplaceKeys.detail(templateId) });
  void queryClient.invalidateQueries({ queryKey: marketplaceKeys.searches() });
}

/** Posts the caller's review; posting again edits it. */
export function useSubmitReview(templateId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (request: ReviewRequest) =>
      toReview(await apiPost<ReviewDto>(templatePath(templateId, '/reviews'), request)),
    onSuccess: (review) => {
      queryClient.setQueryData(marketplaceKeys.myReview(templateId), review);
      afterReviewChange(queryClient, templateId);
    },
  });
}

export function useDeleteMyReview(templateId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiDelete<void>(templatePath(templateId, '/reviews/mine')),
    onSuccess: () => {
      queryClient.setQueryData(marketplaceKeys.myReview(templateId), null);
      afterReviewChange(queryClient, templateId);
    },
  });
}

/** Votes a review helpful, or takes the vote back; the answer replaces the review in place. */
export function useHelpfulVote(templateId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (review: Review) => {
      const path = `${BASE}/reviews/${encodeURIComponent(review.id)}/helpful`;
      return toReview(
        await (review.voted_helpful ? apiDelete<ReviewDto>(path) : apiPost<ReviewDto>(path)),
      );
    },
    onSuccess: (updated) =>
      queryClient.setQueriesData<ReviewPage>(
        { queryKey: marketplaceKeys.reviews(templateId) },
        (page) =>
          page && {
            ...page,
            items: page.items.map((review) => (review.id === updated.id ? updated : review)),
          },
      ),
  });
}

/** A page (0-based) of the reports with a status, newest first (admins only). */
export function useReports(status: ReportStatus, page: number) {
  return useQuery({
    queryKey: marketplaceKeys.reportPage(status, page),
    queryFn: async ({ signal }) =>
      (
        await apiGet<ReportDto[]>(
          `${BASE}/reports`,
          { status, page, size: REPORT_PAGE_SIZE },
          signal,
        )
      ).map(toReport),
  });
}

export interface ResolveReportVariables {
  report: Report;
  action: ReportAction;
  note?: string;
}

/**
 * Settles an open report. It leaves the open queue at once (unpublishing settles every open report
 * of the template, so they all leave); the queues and, after an unpublish, the template are read
 * again.
 */
export function useResolveReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ report, action, note }: ResolveReportVariables) => {
      const request: ReportResolution = { action, ...(note?.trim() ? { note: note.trim() } : {}) };
      return toReport(
        await apiPost<ReportDto>(
          `${BASE}/reports/${encodeURIComponent(report.id)}/resolve`,
          request,
        ),
      );
    },
    onSuccess: (_resolved, { report, action }) => {
      const settled = (open: Report) =>
        action === 'unpublish' ? open.template_id === report.template_id : open.id === report.id;
      queryClient.setQueriesData<Report[]>(
        { queryKey: marketplaceKeys.reportStatus('open') },
        (reports) => reports?.filter((open) => !settled(open)),
      );
      void queryClient.invalidateQueries({ queryKey: marketplaceKeys.reports() });
      if (action === 'unpublish') {
        void queryClient.invalidateQueries({
          queryKey: marketplaceKeys.detail(report.template_id),
        });
        void queryClient.invalidateQueries({ queryKey: marketplaceKeys.mine() });
        void queryClient.invalidateQueries({ queryKey: marketplaceKeys.searches() });
        void queryClient.invalidateQueries({ queryKey: marketplaceKeys.featured() });
        void queryClient.invalidateQueries({ queryKey: marketplaceKeys.trending() });
      }
    },
  });
}

/**
 * Features a template (it goes last on the front page) or stops featuring it (admins only). The
 * mutation settles once the template and the featured row are read again, so the toggle shows the
 * new state as soon as it is enabled again.
 */
export function useSetFeatured(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (featured: boolean) => {
      if (featured) {
        const request: FeatureRequest = { template_id: id };
        await apiPost<FeatureRequest>(`${BASE}/featured`, request);
      } else {
        await apiDelete<void>(`${BASE}/featured/${encodeURIComponent(id)}`);
      }
    },
    onSuccess: async () => {
      void queryClient.invalidateQueries({ queryKey: marketplaceKeys.searches() });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: marketplaceKeys.detail(id) }),
        queryClient.invalidateQueries({ queryKey: marketplaceKeys.featured() }),
      ]);
    },
  });
}
