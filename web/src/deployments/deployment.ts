import type {
  AppCredentialsDto,
  DeploymentDto,
  DeploymentEventDto,
  DeploymentStatus,
  EndpointDto,
  HibernationStateDto,
  KubernetesPlacementDto,
  OfferAlertDto,
  OfferDto,
  OffersDto,
  PhaseTimesDto,
  WorkingHoursDto,
} from '@/lib/api';
import { formatPrice } from '@/market/format';

export type { DeploymentStatus };

export type Offer = Required<OfferDto>;

export interface OffersResult {
  template_slug: string;
  offers: Offer[];
  /** Why there are no offers and what to do; null when there are some. */
  message: string | null;
  simulated: boolean;
}

export type OfferAlert = Required<
  Omit<OfferAlertDto, 'gpu_name' | 'max_price' | 'notified_at' | 'offers_found'>
> & {
  gpu_name: string | null;
  max_price: number | null;
  notified_at: string | null;
  offers_found: number | null;
};

export type Endpoint = Required<EndpointDto>;

export type CredentialScheme = 'token' | 'basic' | 'api-key';

export interface AppCredentials {
  scheme: CredentialScheme;
  username: string | null;
  secret: string;
}

export type PhaseTimes = { [phase in keyof Required<PhaseTimesDto>]: string | null };

/** A deployment with every field present; nullable where the server leaves it out. */
export interface Deployment {
  id: string;
  owner_id: string;
  /** The template's id: official templates also have a page by slug, community ones only by id. */
  template_id: string | null;
  template_slug: string;
  template_name: string;
  template_version: string;
  status: DeploymentStatus;
  status_message: string | null;
  gpu_name: string | null;
  num_gpus: number;
  price_per_hour: number | null;
  offer_id: number | null;
  instance_id: number | null;
  machine_id: number | null;
  attempt: number;
  disk_gb: number;
  endpoints: Endpoint[];
  /** The app's secret: the owner's only, null for everyone else. */
  credentials: AppCredentials | null;
  troubleshooting_url: string | null;
  simulated: boolean;
  phases: PhaseTimes;
  created_at: string;
  updated_at: string;
  /** Where it runs: one rented instance on Vast.ai, or a DynamoGraphDeployment on Kubernetes. */
  target: 'vast' | 'kubernetes';
  /** The catalog model it serves, for a model deployment. */
  model_id: string | null;
  kubernetes: KubernetesPlacement | null;
  /** How it looks for a working host on Vast.ai; null on Kubernetes. */
  strategy: string | null;
  /** Every instance rented, oldest first. */
  attempts: InstanceAttempt[];
  /** Spent so far on Vast.ai (GPU while running, disk while rented); null on Kubernetes. */
  cost_usd: number | null;
  /** Auto-hibernation's settings and state; null on Kubernetes. */
  hibernation: Hibernation | null;
  /** The bid of an interruptible (spot) deployment in $/h; null when on-demand. */
  bid_per_hour: number | null;
}

/** A Vast.ai deployment's auto-hibernation: its settings, whether it is idle, and what it saved. */
export interface Hibernation {
  enabled: boolean;
  idle_threshold_pct: number;
  idle_window_seconds: number;
  /** Since when the GPU and the app have been idle; null while busy. */
  idle_since: string | null;
  /** When it hibernates unless something gets busy; null while busy. */
  hibernates_at: string | null;
  hibernated_at: string | null;
  /** GPU time not billed while hibernated, to date. */
  saved_usd: number;
  /** The last activity reading, in words ("GPU 2%, no busy kernel"). */
  last_signal: string | null;
  /** Outside these it hibernates, however busy; null for none. */
  working_hours: WorkingHours | null;
  /** The longest it runs in one go before it hibernates, however busy; null for no limit. */
  max_run_seconds: number | null;
  /** When its current run began (its start or last wake); null unless running. */
  running_since: string | null;
  /** When its working hours stop it; null without hours or unless running. */
  hours_stop_at: string | null;
  /** When its run limit stops it; null without a limit or unless running. */
  max_run_stop_at: string | null;
  /**
   * While hibernated, where the workspace is: `stopped` (the instance stopped, its disk kept and
   * billed) or `snapshot` (the instance destroyed, only the workspace snapshot kept); null otherwise.
   */
  stage: HibernationStage | null;
  /** The snapshot its hibernation took; null when none was (no agent reported): the disk is kept. */
  snapshot_id: string | null;
  /** When the stopped instance is destroyed and only the snapshot kept; null without one or once done. */
  releases_at: string | null;
}

export type HibernationStage = 'stopped' | 'snapshot';

export type Weekday = NonNullable<WorkingHoursDto['days']>[number];

/** Working hours: on each of `days`, from `start` to `end` (HH:mm, overnight when end < start). */
export interface WorkingHours {
  time_zone: string;
  days: Weekday[];
  start: string;
  end: string;
}

export interface InstanceAttempt {
  seq: number;
  instance_id: number;
  machine_id: number | null;
  gpu_name: string | null;
  price_per_hour: number | null;
  outcome: string;
  reason: string | null;
  cost_usd: number | null;
  /** The disk's share of its price, billed even while stopped; null when the provider did not say. */
  storage_per_hour: number | null;
}

/** Where a Kubernetes deployment's DGD lives and how many of its workers are ready. */
export interface KubernetesPlacement {
  cluster: string;
  namespace: string;
  name: string;
  engine: string;
  mode: string;
  served_model_name: string;
  replicas_desired: number;
  replicas_ready: number;
  frontend_service: string;
  port_forward: string;
  curl_example: string;
}

export type DeploymentEventType = 'status' | 'info';

export interface DeploymentEvent {
  seq: number;
  deployment_id: string;
  at: string;
  type: DeploymentEventType;
  status: DeploymentStatus;
  message: string;
}

export const DEPLOYMENT_STATUSES: readonly DeploymentStatus[] = [
  'pending',
  'provisioning',
  'starting',
  'running',
  'unhealthy',
  'hibernating',
  'hibernated',
  'waking',
  'failed',
  'destroying',
  'destroyed',
];

/** No instance is held or coming: nothing changes until the user acts. */
export function isSettled(status: DeploymentStatus): boolean {
  return status === 'failed' || status === 'destroyed';
}

/** Still renting, or about to: the states a destroy makes sense in. */
export function isDestroyable(status: DeploymentStatus): boolean {
  return status !== 'destroying' && status !== 'destroyed';
}

export function isRetryable(status: DeploymentStatus): boolean {
  return status === 'failed' || status === 'unhealthy';
}

export function toOffer(dto: OfferDto): Offer {
  return {
    id: dto.id ?? 0,
    machine_id: dto.machine_id ?? 0,
    gpu_name: dto.gpu_name ?? 'Unknown GPU',
    num_gpus: dto.num_gpus ?? 1,
    gpu_ram_gb: dto.gpu_ram_gb ?? 0,
    price_per_hour: dto.price_per_hour ?? 0,
    reliability: dto.reliability ?? 0,
    location: dto.location ?? '',
    inet_down_mbps: dto.inet_down_mbps ?? 0,
    cuda_version: dto.cuda_version ?? 0,
    verified: dto.verified ?? false,
    score: dto.score ?? dto.price_per_hour ?? 0,
    rank_reasons: dto.rank_reasons ?? [],
  };
}

export function toOffersResult(dto: OffersDto): OffersResult {
  return {
    template_slug: dto.template_slug ?? '',
    offers: (dto.offers ?? []).map(toOffer),
    message: dto.message ?? null,
    simulated: dto.simulated ?? false,
  };
}

export function toOfferAlert(dto: OfferAlertDto): OfferAlert {
  return {
    id: dto.id ?? '',
    template_slug: dto.template_slug ?? '',
    gpu_name: dto.gpu_name ?? null,
    max_price: dto.max_price ?? null,
    created_at: dto.created_at ?? '',
    notified_at: dto.notified_at ?? null,
    offers_found: dto.offers_found ?? null,
  };
}

function toCredentials(dto: AppCredentialsDto | undefined): AppCredentials | null {
  if (!dto?.secret) return null;
  const scheme: CredentialScheme =
    dto.scheme === 'basic' || dto.scheme === 'api-key' ? dto.scheme : 'token';
  return { scheme, username: dto.username ?? null, secret: dto.secret };
}

function toPhases(dto: PhaseTimesDto | undefined): PhaseTimes {
  return {
    requested: dto?.requested ?? null,
    provisioning: dto?.provisioning ?? null,
    starting: dto?.starting ?? null,
    running: dto?.running ?? null,
    unhealthy: dto?.unhealthy ?? null,
    failed: dto?.failed ?? null,
    destroying: dto?.destroying ?? null,
    destroyed: dto?.destroyed ?? null,
  };
}

export function toDeployment(dto: DeploymentDto): Deployment {
  const slug = dto.template_slug ?? '';
  return {
    id: dto.id ?? '',
    owner_id: dto.owner_id ?? '',
    template_id: dto.template_id ?? null,
    template_slug: slug,
    template_name: dto.template_name ?? slug,
    template_version: dto.template_version ?? '',
    status: dto.status ?? 'pending',
    status_message: dto.status_message ?? null,
    gpu_name: dto.gpu_name ?? null,
    num_gpus: dto.num_gpus ?? 1,
    price_per_hour: dto.price_per_hour ?? null,
    offer_id: dto.offer_id ?? null,
    instance_id: dto.instance_id ?? null,
    machine_id: dto.machine_id ?? null,
    attempt: dto.attempt ?? 1,
    disk_gb: dto.disk_gb ?? 0,
    endpoints: (dto.endpoints ?? [])
      .filter((endpoint) => Boolean(endpoint.url))
      .map((endpoint) => ({
        port: endpoint.port ?? 0,
        label: endpoint.label ?? '',
        url: endpoint.url ?? '',
      })),
    credentials: toCredentials(dto.credentials),
    troubleshooting_url: dto.troubleshooting_url ?? null,
    simulated: dto.simulated ?? false,
    phases: toPhases(dto.phases),
    created_at: dto.created_at ?? '',
    updated_at: dto.updated_at ?? '',
    target: dto.target === 'kubernetes' ? 'kubernetes' : 'vast',
    model_id: dto.model_id ?? null,
    kubernetes: dto.kubernetes ? toPlacement(dto.kubernetes) : null,
    strategy: dto.strategy ?? null,
    cost_usd: dto.cost_usd ?? null,
    hibernation: dto.hibernation ? toHibernation(dto.hibernation) : null,
    bid_per_hour: dto.bid_per_hour ?? null,
    attempts: (dto.attempts ?? []).map((a) => ({
      seq: a.seq ?? 0,
      instance_id: a.instance_id ?? 0,
      machine_id: a.machine_id ?? null,
      gpu_name: a.gpu_name ?? null,
      price_per_hour: a.price_per_hour ?? null,
      outcome: a.outcome ?? 'booting',
      reason: a.reason ?? null,
      cost_usd: a.cost_usd ?? null,
      storage_per_hour: a.storage_per_hour ?? null,
    })),
  };
}

function toHibernation(dto: HibernationStateDto): Hibernation {
  return {
    enabled: dto.enabled ?? false,
    idle_threshold_pct: dto.idle_threshold_pct ?? 0,
    idle_window_seconds: dto.idle_window_seconds ?? 0,
    idle_since: dto.idle_since ?? null,
    hibernates_at: dto.hibernates_at ?? null,
    hibernated_at: dto.hibernated_at ?? null,
    saved_usd: dto.saved_usd ?? 0,
    last_signal: dto.last_signal ?? null,
    working_hours: dto.working_hours ? toWorkingHours(dto.working_hours) : null,
    max_run_seconds: dto.max_run_seconds ?? null,
    running_since: dto.running_since ?? null,
    hours_stop_at: dto.hours_stop_at ?? null,
    max_run_stop_at: dto.max_run_stop_at ?? null,
    stage: dto.stage === 'stopped' || dto.stage === 'snapshot' ? dto.stage : null,
    snapshot_id: dto.snapshot_id ?? null,
    releases_at: dto.releases_at ?? null,
  };
}

/** "Interruptible · bid $0.185/h" for a spot deployment; null for an on-demand one. */
export function interruptibleLabel(bidPerHour: number | null): string | null {
  return bidPerHour === null ? null : `Interruptible · bid ${formatPrice(bidPerHour)}/h`;
}

function toPlacement(dto: KubernetesPlacementDto): KubernetesPlacement {
  return {
    cluster: dto.cluster ?? '',
    namespace: dto.namespace ?? 'default',
    name: dto.name ?? '',
    engine: dto.engine ?? '',
    mode: dto.mode ?? '',
    served_model_name: dto.served_model_name ?? '',
    replicas_desired: dto.replicas_desired ?? 0,
    replicas_ready: dto.replicas_ready ?? 0,
    frontend_service: dto.frontend_service ?? '',
    port_forward: dto.port_forward ?? '',
    curl_example: dto.curl_example ?? '',
  };
}

/** "1/2 replicas ready" for a Kubernetes deployment's workers. */
export function replicasLabel(placement: KubernetesPlacement): string {
  return `${placement.replicas_ready}/${placement.replicas_desired} ${placement.replicas_desired === 1 ? 'replica' : 'replicas'} ready`;
}

export function toDeploymentEvent(dto: DeploymentEventDto): DeploymentEvent {
  return {
    seq: dto.seq ?? 0,
    deployment_id: dto.deployment_id ?? '',
    at: dto.at ?? '',
    type: dto.type === 'status' ? 'status' : 'info',
    status: dto.status ?? 'pending',
    message: dto.message ?? '',
  };
}

/** "2× RTX 4090", "RTX 4090", or a dash before an offer is picked. */
export function gpuLabel(gpuName: string | null, numGpus: number): string {
  if (!gpuName) return '—';
  return numGpus > 1 ? `${numGpus}× ${gpuName}` : gpuName;
}

/**
 * Only links the app itself serves: http(s) URLs, so a `javascript:` URL from a tampered
 * provider answer is never rendered as a link.
 */
export function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** The server writes ISO local times ("09:00:00"); people read and type "09:00". */
function toWorkingHours(dto: WorkingHoursDto): WorkingHours {
  return {
    time_zone: dto.time_zone ?? 'UTC',
    days: dto.days ?? [],
    start: (dto.start ?? '00:00').slice(0, 5),
    end: (dto.end ?? '00:00').slice(0, 5),
  };
}
