// Wire types of the marketplace API (records in api/src/main/java/cloud/dumont/api/marketplace).
// Those in api/openapi.json come from the generated client; reviews, helpful votes and reports are
// not in the document yet, so their types mirror the records by hand (snake_case, every field
// optional as springdoc marks them) until they are.
export type {
  CategoryCountDto,
  DailyLaunchesDto,
  FacetValueDto,
  FailureReasonDto,
  ForkOriginDto,
  ForkRequest,
  MarketplaceTemplateDto,
  PublishRequest,
  QualityCheckDto,
  QualityReportDto,
  RatingSummaryDto,
  TemplateAnalyticsDto,
  TemplateAuthorDto,
  TemplatePageDto,
  TemplateSpecDto,
  TemplateVersionDto,
  UpdateRequest,
} from '@/lib/api';

import type { RatingSummaryDto } from '@/lib/api';

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

export interface ReportRequest {
  reason: string;
  details?: string;
}
