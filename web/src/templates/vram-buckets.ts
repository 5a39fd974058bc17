/**
 * The "Required VRAM" filter buckets a template by its minimum VRAM (gpu_min_vram): a template
 * belongs to exactly one bucket, so "16+ GB" shows only templates that need a 16 GB card.
 */
export interface VramBucket {
  /** The value in the URL (`?vram=`). */
  id: VramBucketId;
  /** The button label; browser tests click these by name. */
  label: string;
  /** Inclusive lower bound in GB. */
  min: number;
  /** Exclusive upper bound in GB. */
  max: number;
}

export type VramBucketId = 'any' | '4-8' | '8-16' | '16plus';

export const VRAM_BUCKETS: readonly VramBucket[] = [
  { id: 'any', label: 'Any', min: 0, max: Number.POSITIVE_INFINITY },
  { id: '4-8', label: '4–8 GB', min: 0, max: 8 },
  { id: '8-16', label: '8–16 GB', min: 8, max: 16 },
  { id: '16plus', label: '16+ GB', min: 16, max: Number.POSITIVE_INFINITY },
];

/** The bucket a `?vram=` value names; anything unknown means "Any". */
export function parseVramBucket(value: string | null): VramBucket {
  return VRAM_BUCKETS.find((bucket) => bucket.id === value) ?? VRAM_BUCKETS[0];
}

export function inVramBucket(gpuMinVram: number, bucket: VramBucket): boolean {
  return gpuMinVram >= bucket.min && gpuMinVram < bucket.max;
}
