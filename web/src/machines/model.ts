import type {
  BlacklistEntryDto,
  GpuModelHistoryDto,
  MachineAttemptDto,
  MachineDetailDto,
  MachineHistoryDto,
  MachineSummaryDto,
} from '@/lib/api';

export interface MachineSummary {
  machineId: number;
  gpuName: string | null;
  attempts: number;
  successes: number;
  failures: number;
  successRate: number | null;
  medianSecondsToReady: number | null;
  lastAttemptAt: string | null;
  blacklisted: boolean;
  blacklistedUntil: string | null;
}

export interface GpuModelHistory {
  gpuName: string;
  machines: number;
  attempts: number;
  successes: number;
  failures: number;
  successRate: number | null;
  medianSecondsToReady: number | null;
}

export interface MachineHistory {
  machines: MachineSummary[];
  total: number;
  gpuModels: GpuModelHistory[];
}

export type AttemptOutcome = 'ready' | 'failed' | 'destroyed_before_ready' | 'race_loser';

export interface MachineAttempt {
  at: string;
  outcome: AttemptOutcome;
  gpuName: string | null;
  image: string | null;
  failureStage: string | null;
  reasonCode: string | null;
  reasonMessage: string | null;
  secondsToReady: number | null;
}

export interface BlacklistEntry {
  machineId: number;
  source: string;
  reason: string;
  offence: number;
  startedAt: string;
  expiresAt: string | null;
  clearedAt: string | null;
  clearReason: string | null;
  active: boolean;
}

export interface MachineDetail {
  summary: MachineSummary;
  blacklist: BlacklistEntry[];
  attempts: MachineAttempt[];
}

export const SORTS = [
  { value: 'last_attempt', label: 'Latest attempt' },
  { value: 'success_rate', label: 'Success rate' },
  { value: 'failures', label: 'Failures' },
  { value: 'attempts', label: 'Attempts' },
  { value: 'median_ready', label: 'Median time to ready' },
  { value: 'machine_id', label: 'Machine id' },
] as const;
export type Sort = (typeof SORTS)[number]['value'];

export const OUTCOME_LABELS: Record<AttemptOutcome, string> = {
  ready: 'Ready',
  failed: 'Failed',
  destroyed_before_ready: 'Destroyed before ready',
  race_loser: 'Lost a race',
};

const opt = <T>(value: T | undefined | null): T | null => value ?? null;

export function toSummary(dto: MachineSummaryDto): MachineSummary {
  return {
    machineId: dto.machine_id ?? 0,
    gpuName: opt(dto.gpu_name),
    attempts: dto.attempts ?? 0,
    successes: dto.successes ?? 0,
    failures: dto.failures ?? 0,
    successRate: opt(dto.success_rate),
    medianSecondsToReady: opt(dto.median_seconds_to_ready),
    lastAttemptAt: opt(dto.last_attempt_at),
    blacklisted: dto.blacklisted ?? false,
    blacklistedUntil: opt(dto.blacklisted_until),
  };
}

function toModel(dto: GpuModelHistoryDto): GpuModelHistory {
  return {
    gpuName: dto.gpu_name ?? '',
    machines: dto.machines ?? 0,
    attempts: dto.attempts ?? 0,
    successes: dto.successes ?? 0,
    failures: dto.failures ?? 0,
    successRate: opt(dto.success_rate),
    medianSecondsToReady: opt(dto.median_seconds_to_ready),
  };
}

export function toHistory(dto: MachineHistoryDto): MachineHistory {
  return {
    machines: (dto.machines ?? []).map(toSummary),
    total: dto.total ?? 0,
    gpuModels: (dto.gpu_models ?? []).map(toModel),
  };
}

function toAttempt(dto: MachineAttemptDto): MachineAttempt {
  return {
    at: dto.at ?? '',
    outcome: (dto.outcome ?? 'failed') as AttemptOutcome,
    gpuName: opt(dto.gpu_name),
    image: opt(dto.image),
    failureStage: opt(dto.failure_stage),
    reasonCode: opt(dto.reason_code),
    reasonMessage: opt(dto.reason_message),
    secondsToReady: opt(dto.seconds_to_ready),
  };
}

export function toEntry(dto: BlacklistEntryDto): BlacklistEntry {
  return {
    machineId: dto.machine_id ?? 0,
    source: dto.source ?? 'admin',
    reason: dto.reason ?? '',
    offence: dto.offence ?? 1,
    startedAt: dto.started_at ?? '',
    expiresAt: opt(dto.expires_at),
    clearedAt: opt(dto.cleared_at),
    clearReason: opt(dto.clear_reason),
    active: dto.active ?? false,
  };
}

export function toDetail(dto: MachineDetailDto): MachineDetail {
  return {
    summary: toSummary(dto.summary ?? {}),
    blacklist: (dto.blacklist ?? []).map(toEntry),
    attempts: (dto.attempts ?? []).map(toAttempt),
  };
}

/** 0.333 -> "33%"; null -> "—" */
export function formatRate(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 100)}%`;
}

/** 42.5 -> "43 s", 130 -> "2 min 10 s"; null -> "—" */
export function formatSeconds(seconds: number | null): string {
  if (seconds === null) return '—';
  const s = Math.round(seconds);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}

/** Blacklist form checks, before anything is sent. */
export function validateBlacklist(machineId: string, reason: string, hours: string) {
  const errors: Record<string, string> = {};
  if (!/^[1-9][0-9]{0,17}$/.test(machineId.trim()))
    errors.machineId = 'A machine id is a positive number';
  if (reason.trim().length < 3) errors.reason = 'Say why, in at least 3 characters';
  if (hours.trim() !== '') {
    const n = Number(hours);
    if (!Number.isInteger(n) || n < 1 || n > 8760)
      errors.hours = 'Between 1 and 8760 hours, or empty';
  }
  return errors;
}
