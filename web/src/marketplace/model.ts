import type { PortSpec } from '@/templates/template';

import type {
  CategoryCountDto,
  DailyLaunchesDto,
  FacetValueDto,
  MarketplaceTemplateDto,
  QualityReportDto,
  RatingSummaryDto,
  ReportDto,
  ReviewDto,
  ReviewPageDto,
  TemplateAnalyticsDto,
  TemplatePageDto,
  TemplateSpecDto,
  TemplateVersionDto,
} from './types';

export type Visibility = 'public' | 'unlisted' | 'private';
export type MaintenanceStatus = 'active' | 'deprecated' | 'archived';
export type CheckLevel = 'pass' | 'warn' | 'fail';

export interface Author {
  handle: string;
  name: string;
  verified: boolean;
}

export interface ForkOrigin {
  template_id: string;
  name: string;
  author_handle: string;
  version: string;
}

export interface Rating {
  /** Null until the first review. */
  average: number | null;
  count: number;
}

export interface TemplateSpec {
  docker_image: string;
  launch_command: string;
  ports: PortSpec[];
  env: Record<string, string>;
  volumes: string[];
  gpu_min_vram: number | null;
  gpu_recommended_vram: number | null;
  cuda_version: string | null;
  disk_gb: number | null;
  app_auth: string | null;
}

export interface QualityCheck {
  code: string;
  level: CheckLevel;
  field: string | null;
  message: string;
}

export interface QualityReport {
  score: number;
  checks: QualityCheck[];
}

/** A marketplace template with every field present; nullable where the server may leave it out. */
export interface MarketplaceTemplate {
  id: string;
  slug: string;
  name: string;
  description: string;
  category: string;
  tags: string[];
  architectures: string[];
  regions: string[];
  license: string | null;
  visibility: Visibility;
  maintenance_status: MaintenanceStatus;
  documentation_url: string | null;
  paper_doi: string | null;
  funding_source: string | null;
  author: Author;
  official: boolean;
  featured: boolean;
  version: string;
  forked_from: ForkOrigin | null;
  rating: Rating;
  launches: number;
  trending_score: number;
  gpu_min_vram: number;
  /** Null in browse results; the detail endpoint fills readme, spec and quality. */
  readme: string | null;
  spec: TemplateSpec | null;
  quality: QualityReport | null;
  unpublished_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface FacetValue {
  value: string;
  count: number;
}

export type FacetName = 'category' | 'tag' | 'architecture';

export interface TemplatePage {
  items: MarketplaceTemplate[];
  total: number;
  /** 0-based, as the server counts. */
  page: number;
  size: number;
  facets: Record<FacetName, FacetValue[]>;
}

export interface CategoryCount {
  category: string;
  templates: number;
}

export interface TemplateVersion {
  version: string;
  changelog: string;
  latest: boolean;
  yanked: boolean;
  spec: TemplateSpec | null;
  quality: QualityReport | null;
  created_at: string;
}

export interface Review {
  id: string;
  template_id: string;
  reviewer: string;
  rating: number;
  title: string;
  body: string;
  use_case: string;
  verified_usage: boolean;
  helpful_votes: number;
  voted_helpful: boolean;
  mine: boolean;
  created_at: string;
  updated_at: string;
}

export interface ReviewPage {
  items: Review[];
  total: number;
  page: number;
  size: number;
  rating: Rating;
}

export interface DailyLaunches {
  /** An ISO date (UTC), e.g. 2026-03-01. */
  day: string;
  launches: number;
  ready: number;
  failed: number;
}

export interface FailureReason {
  code: string;
  count: number;
}

export interface TemplateAnalytics {
  template_id: string;
  launches: number;
  ready: number;
  failed: number;
  success_rate: number | null;
  median_seconds_to_ready: number | null;
  trending_score: number;
  daily: DailyLaunches[];
  top_failure_reasons: FailureReason[];
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

export const VISIBILITIES: readonly Visibility[] = ['public', 'unlisted', 'private'];
export const MAINTENANCE_STATUSES: readonly MaintenanceStatus[] = [
  'active',
  'deprecated',
  'archived',
];

export function toRating(dto: RatingSummaryDto | undefined): Rating {
  return { average: dto?.average ?? null, count: dto?.count ?? 0 };
}

export function toSpec(dto: TemplateSpecDto | undefined): TemplateSpec | null {
  if (!dto) return null;
  return {
    docker_image: dto.docker_image ?? '',
    launch_command: dto.launch_command ?? '',
    ports: (dto.ports ?? []).map((port) => ({
      port: port.port ?? 0,
      protocol: port.protocol ?? 'tcp',
      label: port.label ?? '',
      health_path: port.health_path ?? null,
    })),
    env: dto.env ?? {},
    volumes: dto.volumes ?? [],
    gpu_min_vram: dto.gpu_min_vram ?? null,
    gpu_recommended_vram: dto.gpu_recommended_vram ?? null,
    cuda_version: dto.cuda_version ?? null,
    disk_gb: dto.disk_gb ?? null,
    app_auth: dto.app_auth ?? null,
  };
}

export function toQuality(dto: QualityReportDto | undefined): QualityReport | null {
  if (!dto) return null;
  return {
    score: dto.score ?? 0,
    checks: (dto.checks ?? []).map((check) => ({
      code: check.code ?? '',
      level: oneOf<CheckLevel>(check.level, ['pass', 'warn', 'fail'], 'warn'),
      field: check.field ?? null,
      message: check.message ?? '',
    })),
  };
}

export function toMarketplaceTemplate(dto: MarketplaceTemplateDto): MarketplaceTemplate {
  const slug = dto.slug ?? '';
  const handle = dto.author?.handle ?? '';
  return {
    id: dto.id ?? slug,
    slug,
    name: dto.name ?? slug,
    description: dto.description ?? '',
    category: dto.category ?? 'other',
    tags: dto.tags ?? [],
    architectures: dto.architectures ?? [],
    regions: dto.regions ?? [],
    license: dto.license ?? null,
    visibility: oneOf(dto.visibility, VISIBILITIES, 'public'),
    maintenance_status: oneOf(dto.maintenance_status, MAINTENANCE_STATUSES, 'active'),
    documentation_url: dto.documentation_url ?? null,
    paper_doi: dto.paper_doi ?? null,
    funding_source: dto.funding_source ?? null,
    author: {
      handle,
      name: dto.author?.name ?? (handle || 'Unknown author'),
      verified: dto.author?.verified ?? false,
    },
    official: dto.official ?? false,
    featured: dto.featured ?? false,
    version: dto.version ?? '',
    forked_from: dto.forked_from
      ? {
          template_id: dto.forked_from.template_id ?? '',
          name: dto.forked_from.name ?? 'another template',
          author_handle: dto.forked_from.author_handle ?? '',
          version: dto.forked_from.version ?? '',
        }
      : null,
    rating: toRating(dto.rating),
    launches: dto.launches ?? 0,
    trending_score: dto.trending_score ?? 0,
    gpu_min_vram: dto.gpu_min_vram ?? dto.spec?.gpu_min_vram ?? 0,
    readme: dto.readme ?? null,
    spec: toSpec(dto.spec),
    quality: toQuality(dto.quality),
    unpublished_at: dto.unpublished_at ?? null,
    created_at: dto.created_at ?? '',
    updated_at: dto.updated_at ?? '',
  };
}

function toFacetValues(values: FacetValueDto[] | undefined): FacetValue[] {
  return (values ?? [])
    .filter((facet) => Boolean(facet.value))
    .map((facet) => ({ value: facet.value ?? '', count: facet.count ?? 0 }));
}

export function toTemplatePage(dto: TemplatePageDto): TemplatePage {
  const items = (dto.items ?? []).map(toMarketplaceTemplate);
  return {
    items,
    total: dto.total ?? items.length,
    page: dto.page ?? 0,
    size: dto.size ?? items.length,
    facets: {
      category: toFacetValues(dto.facets?.category),
      tag: toFacetValues(dto.facets?.tag),
      architecture: toFacetValues(dto.facets?.architecture),
    },
  };
}

export function toCategoryCount(dto: CategoryCountDto): CategoryCount {
  return { category: dto.category ?? 'other', templates: dto.templates ?? 0 };
}

export function toVersion(dto: TemplateVersionDto): TemplateVersion {
  return {
    version: dto.version ?? '',
    changelog: dto.changelog ?? '',
    latest: dto.latest ?? false,
    yanked: dto.yanked ?? false,
    spec: toSpec(dto.spec),
    quality: toQuality(dto.quality),
    created_at: dto.created_at ?? '',
  };
}

export function toReview(dto: ReviewDto): Review {
  return {
    id: dto.id ?? '',
    template_id: dto.template_id ?? '',
    reviewer: dto.reviewer ?? 'Someone',
    rating: dto.rating ?? 0,
    title: dto.title ?? '',
    body: dto.body ?? '',
    use_case: dto.use_case ?? '',
    verified_usage: dto.verified_usage ?? false,
    helpful_votes: dto.helpful_votes ?? 0,
    voted_helpful: dto.voted_helpful ?? false,
    mine: dto.mine ?? false,
    created_at: dto.created_at ?? '',
    updated_at: dto.updated_at ?? '',
  };
}

export function toReviewPage(dto: ReviewPageDto): ReviewPage {
  const items = (dto.items ?? []).map(toReview);
  return {
    items,
    total: dto.total ?? items.length,
    page: dto.page ?? 0,
    size: dto.size ?? items.length,
    rating: toRating(dto.rating),
  };
}

function toDaily(dto: DailyLaunchesDto): DailyLaunches {
  return {
    day: dto.day ?? '',
    launches: dto.launches ?? 0,
    ready: dto.ready ?? 0,
    failed: dto.failed ?? 0,
  };
}

export function toAnalytics(dto: TemplateAnalyticsDto): TemplateAnalytics {
  return {
    template_id: dto.template_id ?? '',
    launches: dto.launches ?? 0,
    ready: dto.ready ?? 0,
    failed: dto.failed ?? 0,
    success_rate: dto.success_rate ?? null,
    median_seconds_to_ready: dto.median_seconds_to_ready ?? null,
    trending_score: dto.trending_score ?? 0,
    daily: (dto.daily ?? []).map(toDaily),
    top_failure_reasons: (dto.top_failure_reasons ?? []).map((reason) => ({
      code: reason.code ?? 'unknown',
      count: reason.count ?? 0,
    })),
  };
}

export type ReportStatus = 'open' | 'dismissed' | 'actioned';
/** dismiss: nothing wrong; unpublish: take the template down (settles its other open reports). */
export type ReportAction = 'dismiss' | 'unpublish';

export const REPORT_STATUSES: readonly ReportStatus[] = ['open', 'dismissed', 'actioned'];

/** What a reporter may say is wrong (the server's pattern), as the report dialog offers it. */
export const REPORT_REASONS = [
  { value: 'malware', label: 'Malware or a miner' },
  { value: 'secrets', label: 'It publishes secrets' },
  { value: 'spam', label: 'Spam or misleading' },
  { value: 'license', label: 'License violation' },
  { value: 'broken', label: 'It does not work' },
  { value: 'other', label: 'Something else' },
] as const;

export function reportReasonLabel(reason: string): string {
  return REPORT_REASONS.find((option) => option.value === reason)?.label ?? reason;
}

/** A report about a template, as admins see it. */
export interface Report {
  id: string;
  template_id: string;
  template_name: string;
  reporter: string;
  reason: string;
  details: string | null;
  status: ReportStatus;
  resolution_note: string | null;
  created_at: string;
  resolved_at: string | null;
}

export function toReport(dto: ReportDto): Report {
  const templateId = dto.template_id ?? '';
  return {
    id: dto.id ?? '',
    template_id: templateId,
    template_name: dto.template_name || templateId || 'A template',
    reporter: dto.reporter || 'Someone',
    reason: dto.reason ?? 'other',
    details: dto.details?.trim() || null,
    status: oneOf(dto.status, REPORT_STATUSES, 'open'),
    resolution_note: dto.resolution_note?.trim() || null,
    created_at: dto.created_at ?? '',
    resolved_at: dto.resolved_at ?? null,
  };
}

/** The page of a template in the marketplace. */
export function marketplacePath(id: string, rest = ''): string {
  return `/marketplace/${encodeURIComponent(id)}${rest}`;
}
