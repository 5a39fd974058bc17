import type { components } from './api-types';
import { getToken } from './token';

type Schemas = components['schemas'];

// Wire types, generated from api/openapi.json (`npm run gen:api`). springdoc marks most fields
// optional, so each feature turns these into complete view types with explicit fallbacks.
export type ServerInfoDto = Schemas['ServerInfo'];
export type TemplateDto = Schemas['TemplateResponse'];
export type PublisherDto = Schemas['Publisher'];
export type PortSpecDto = Schemas['PortSpec'];
export type FirstBootDto = Schemas['FirstBoot'];
export type GpuModelDto = Schemas['GpuModel'];
export type ModelDto = Schemas['ModelResponse'];
export type LoginRequest = Schemas['LoginRequest'];
export type AccessTokenDto = Schemas['AccessToken'];
export type UserDto = Schemas['UserResponse'];
export type LaunchMode = NonNullable<TemplateDto['launch_mode']>;
export type OffersDto = Schemas['OffersResponse'];
export type OfferDto = Schemas['OfferResponse'];
export type OfferAlertRequest = Schemas['OfferAlertRequest'];
export type OfferAlertDto = Schemas['OfferAlertResponse'];
export type DeployRequest = Schemas['DeployRequest'];
export type WarmPoolDto = Schemas['WarmPoolResponse'];
export type WarmPoolRequest = Schemas['WarmPoolRequest'];
export type DeploymentDto = Schemas['DeploymentResponse'];
export type DeploymentEventDto = Schemas['DeploymentEventResponse'];
export type EndpointDto = Schemas['Endpoint'];
export type AppCredentialsDto = Schemas['AppCredentials'];
export type PhaseTimesDto = Schemas['PhaseTimes'];
export type KubernetesPlacementDto = Schemas['KubernetesPlacement'];
export type HibernationStateDto = Schemas['HibernationState'];
export type HibernationSettings = Schemas['HibernationSettings'];
export type WorkingHoursDto = Schemas['WorkingHours'];
export type SnapshotDto = Schemas['SnapshotResponse'];
export type StandbyDto = Schemas['StandbyResponse'];
export type StandbyRequest = Schemas['StandbyRequest'];
export type GraphStatusDto = Schemas['GraphStatusResponse'];
export type PodDto = Schemas['PodResponse'];
export type ChatRequest = Schemas['ChatRequest'];
export type ChatResponseDto = Schemas['ChatResponse'];
export type ModelDeployRequest = Schemas['ModelDeployRequest'];
export type DeploymentStatus = NonNullable<DeploymentDto['status']>;
export type MarketplaceTemplateDto = Schemas['MarketplaceTemplate'];
export type TemplatePageDto = Schemas['TemplatePage'];
export type TemplateSpecDto = Schemas['TemplateSpec'];
export type TemplateAuthorDto = Schemas['TemplateAuthor'];
export type ForkOriginDto = Schemas['ForkOrigin'];
export type RatingSummaryDto = Schemas['RatingSummary'];
export type QualityReportDto = Schemas['QualityReport'];
export type QualityCheckDto = Schemas['QualityCheck'];
export type FacetValueDto = Schemas['FacetValue'];
export type CategoryCountDto = Schemas['CategoryCount'];
export type TemplateVersionDto = Schemas['TemplateVersionResponse'];
export type TemplateAnalyticsDto = Schemas['TemplateAnalytics'];
export type DailyLaunchesDto = Schemas['DailyLaunches'];
export type FailureReasonDto = Schemas['FailureReason'];
export type PublishRequest = Schemas['PublishRequest'];
export type UpdateRequest = Schemas['UpdateRequest'];
export type ForkRequest = Schemas['ForkRequest'];
export type ReviewRequest = Schemas['ReviewRequest'];
export type ReviewDto = Schemas['ReviewResponse'];
export type ReviewPageDto = Schemas['ReviewPage'];
export type ReportRequest = Schemas['ReportRequest'];
export type ReportDto = Schemas['ReportResponse'];
export type ReportResolution = Schemas['ReportResolution'];
export type FeatureRequest = Schemas['FeatureRequest'];
export type DynamoDeploymentConfig = Schemas['DynamoDeploymentConfig'];
export type ClusterStatusDto = Schemas['KubernetesClusterStatus'];
export type MarketTableDto = Schemas['MarketTable'];
export type MarketSnapshotDto = Schemas['MarketSnapshot'];
export type RegionMarketDto = Schemas['RegionMarket'];
export type MarketHistoryDto = Schemas['MarketHistory'];
export type MarketPointDto = Schemas['MarketPoint'];
export type BidSuggestionDto = Schemas['BidSuggestion'];
export type BidOptionDto = Schemas['BidOption'];
export type GpuRecommendationsDto = Schemas['GpuRecommendations'];
export type GpuRecommendationDto = Schemas['GpuRecommendation'];
export type MachineHistoryDto = Schemas['MachineHistoryResponse'];
export type MachineSummaryDto = Schemas['MachineSummary'];
export type GpuModelHistoryDto = Schemas['GpuModelHistory'];
export type MachineDetailDto = Schemas['MachineDetail'];
export type MachineAttemptDto = Schemas['MachineAttempt'];
export type BlacklistEntryDto = Schemas['BlacklistEntry'];
export type BlacklistRequest = Schemas['BlacklistRequest'];
export type BudgetDto = Schemas['BudgetResponse'];
export type BudgetRequest = Schemas['BudgetRequest'];
export type DeploymentSpendDto = Schemas['DeploymentSpend'];
export type BudgetNoticeDto = Schemas['BudgetNotice'];

/** An RFC 9457 problem document, the body of every error the server answers. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  /** Every violation of a rejected request (422), by the request field it is about. */
  errors?: FieldProblem[];
}

/** One violation in a 422 problem: `field` is named as it was sent, e.g. `spec.ports[0].port`. */
export interface FieldProblem {
  field?: string;
  message?: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(status: number, problem: Problem) {
    super(problem.detail ?? problem.title ?? `Request failed with status ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

export type QueryParams = Record<string, string | number | undefined | null>;

/** Appends the non-empty params to `path` as a query string. */
export function withQuery(path: string, params: QueryParams = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

async function readProblem(response: Response): Promise<Problem> {
  try {
    const body: unknown = await response.json();
    if (body && typeof body === 'object') return body as Problem;
  } catch {
    // not JSON: fall back to the status line
  }
  return { status: response.status, title: response.statusText || undefined };
}

/** The headers every API call carries: the bearer token when signed in. */
export function authHeaders(): Record<string, string> {
  const token = getToken();
  return token ? { Authorization: `Bearer ${token}` } : {};
}

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  headers.set('Accept', 'application/json, application/problem+json');
  for (const [name, value] of Object.entries(authHeaders())) headers.set(name, value);

  const response = await fetch(path, { ...init, headers });
  if (!response.ok) throw new ApiError(response.status, await readProblem(response));
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export function apiGet<T>(path: string, params?: QueryParams, signal?: AbortSignal): Promise<T> {
  return request<T>(withQuery(path, params), { signal });
}

/** POSTs `body` as JSON; without a body, an empty POST (an action such as a retry). */
export function apiPost<T>(path: string, body?: unknown): Promise<T> {
  if (body === undefined) return request<T>(path, { method: 'POST' });
  return request<T>(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** POSTs `body` as JSON and answers the body as text (a YAML preview, say); errors as for JSON calls. */
export async function apiPostText(
  path: string,
  body: unknown,
  signal?: AbortSignal,
): Promise<string> {
  const headers = new Headers({
    'Content-Type': 'application/json',
    Accept: 'application/yaml, text/plain, application/problem+json',
  });
  for (const [name, value] of Object.entries(authHeaders())) headers.set(name, value);
  const response = await fetch(path, {
    method: 'POST',
    headers,
    body: JSON.stringify(body),
    signal,
  });
  if (!response.ok) throw new ApiError(response.status, await readProblem(response));
  return response.text();
}

export function apiPut<T>(path: string, body: unknown): Promise<T> {
  return request<T>(path, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

export function apiDelete<T>(path: string): Promise<T> {
  return request<T>(path, { method: 'DELETE' });
}

/** The last segment of a problem's type URI, e.g. `offer-gone`. */
export function problemType(error: unknown): string | null {
  if (!(error instanceof ApiError) || !error.problem.type) return null;
  return error.problem.type.split('/').pop() ?? null;
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

/** The field violations of a 422 problem, field by field (several about one field are joined). */
export function fieldErrors(error: unknown): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!(error instanceof ApiError) || !Array.isArray(error.problem.errors)) return errors;
  for (const { field, message } of error.problem.errors) {
    const key = field || '';
    const text = message || 'is not valid';
    errors[key] = key in errors ? `${errors[key]}; ${text}` : text;
  }
  return errors;
}

/** A sentence for an error state: the server's problem detail, or what went wrong on the way. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    return error.problem.detail ?? error.problem.title ?? `The server answered ${error.status}.`;
  }
  if (error instanceof TypeError)
    return 'Cannot reach the Dumont server. Check that it is running.';
  return 'Something went wrong.';
}
