import type { SnapshotDto } from '@/lib/api';

/** A workspace snapshot of a deployment, every field present. */
export interface Snapshot {
  id: string;
  deploymentId: string;
  /** uploading, complete or failed */
  status: string;
  /** s3 (an S3-compatible bucket) or local (a directory of the Dumont server) */
  storage: string;
  /** The compressed archive's size; null until it is complete. */
  bytes: number | null;
  createdAt: string;
  /** Seconds since it began, when the server answered. */
  ageSeconds: number;
}

export function toSnapshot(dto: SnapshotDto): Snapshot {
  return {
    id: dto.id ?? '',
    deploymentId: dto.deployment_id ?? '',
    status: dto.status ?? 'uploading',
    storage: dto.storage ?? 'local',
    bytes: dto.bytes ?? null,
    createdAt: dto.created_at ?? '',
    ageSeconds: dto.age_seconds ?? 0,
  };
}

/** 1536 -> "1.5 KB", 2_500_000_000 -> "2.3 GB": binary units, one decimal below 10. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${value.toFixed(digits)} ${units[unit]}`;
}

/** Where its objects are kept, for people. */
export function storageLabel(storage: string): string {
  if (storage === 's3') return 'S3 bucket';
  if (storage === 'local') return 'Server disk';
  return storage;
}
