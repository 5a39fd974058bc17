// Wire types of the marketplace API, mirroring the records in
// api/src/main/java/cloud/dumont/api/marketplace (snake_case, every field optional as springdoc
// marks them). Written by hand until api/openapi.json carries the marketplace endpoints; then each
// becomes an alias of the generated schema in @/lib/api.
import type { PortSpecDto } from '@/lib/api';

export interface TemplateSpecDto {
  docker_image: string;
  launch_command?: string;
  ports?: PortSpecDto[];
  env?: Record<string, string>;
  volumes?: string[];
  gpu_min_vram?: number;
  gpu_recommended_vram?: number;
  cuda_version?: string;
  disk_gb?: number;
  app_auth?: string;
}

export interface QualityCheckDto {
  code?: string;
  level?: string;
  field?: string;
  message?: string;
}

export interface QualityReportDto {
  score?: number;
  checks?: QualityCheckDto[];
}

export interface TemplateAuthorDto {
  handle?: string;
  name?: string;
  verified?: boolean;
}

export interface ForkOriginDto {
  template_id?: string;
  name?: string;
  author_handle?: string;
  version?: string;
}

export interface RatingSummaryDto {
  average?: number;
  count?: number;
}

export interface MarketplaceTemplateDto {
  id?: string;
  slug?: string;
  name?: string;
  description?: string;
  category?: string;
  tags?: string[];
  architectures?: string[];
  regions?: string[];
  license?: string;
  visibility?: string;
  maintenance_status?: string;
  documentation_url?: string;
  paper_doi?: string;
  funding_source?: string;
  author?: TemplateAuthorDto;
  official?: boolean;
  featured?: boolean;
  version?: string;
  forked_from?: ForkOriginDto;
  rating?: RatingSummaryDto;
  launches?: number;
  trending_score?: number;
  gpu_min_vram?: number;
  readme?: string;
  spec?: TemplateSpecDto;
  quality?: QualityReportDto;
  unpublished_at?: string;
  created_at?: string;
  updated_at?: string;
}

export interface FacetValueDto {
  value?: string;
  count?: number;
}

export interface TemplatePageDto {
  items?: MarketplaceTemplateDto[];
  total?: number;
  page?: number;
  size?: number;
  facets?: Record<string, FacetValueDto[]>;
}

export interface CategoryCountDto {
  category?: string;
  templates?: number;
}

export interface PublishRequest {
  slug?: string;
  name?: string;
  description?: string;
  category?: string;
  tags?: string[];
  architectures?: string[];
  regions?: string[];
  license?: string;
  visibility?: string;
  maintenance_status?: string;
  documentation_url?: string;
  paper_doi?: string;
  funding_source?: string;
  readme?: string;
  version?: string;
  changelog?: string;
  spec?: TemplateSpecDto;
  from_deployment?: string;
}

export type UpdateRequest = Omit<PublishRequest, 'slug' | 'from_deployment'>;

export interface TemplateVersionDto {
  version?: string;
  changelog?: string;
  latest?: boolean;
  yanked?: boolean;
  spec?: TemplateSpecDto;
  quality?: QualityReportDto;
  created_at?: string;
}

export interface ForkRequest {
  slug?: string;
  name?: string;
  version?: string;
}

export interface ReviewRequest {
  rating: number;
  title: string;
  body?: string;
  use_case?: string;
}

export interface ReviewDto {
  id?: string;
  template_id?: string;
  reviewer?: string;
  rating?: number;
  title?: string;
  body?: string;
  use_case?: string;
  verified_usage?: boolean;
  helpful_votes?: number;
  voted_helpful?: boolean;
  mine?: boolean;
  created_at?: string;
  updated_at?: string;
}

export interface ReviewPageDto {
  items?: ReviewDto[];
  total?: number;
  page?: number;
  size?: number;
  rating?: RatingSummaryDto;
}

export interface DailyLaunchesDto {
  day?: string;
  launches?: number;
  ready?: number;
  failed?: number;
}

export interface FailureReasonDto {
  code?: string;
  count?: number;
}

export interface TemplateAnalyticsDto {
  template_id?: string;
  launches?: number;
  ready?: number;
  failed?: number;
  success_rate?: number;
  median_seconds_to_ready?: number;
  trending_score?: number;
  daily?: DailyLaunchesDto[];
  top_failure_reasons?: FailureReasonDto[];
}

export interface ReportRequest {
  reason: string;
  details?: string;
}
