import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { apiGet, apiPut, type WarmPoolDto, type WarmPoolRequest } from '@/lib/api';

/** Hours in an average month (8760 / 12), what a pool member that never stops is billed. */
export const HOURS_PER_MONTH = 730;

export const MAX_MIN_IDLE = 10;

export interface WarmPool {
  templateSlug: string;
  minIdle: number;
  idle: number;
  starting: number;
}

export const warmPoolKeys = {
  list: () => ['warm-pools'] as const,
};

export function toWarmPool(dto: WarmPoolDto): WarmPool {
  return {
    templateSlug: dto.template_slug ?? '',
    minIdle: dto.min_idle ?? 0,
    idle: dto.idle ?? 0,
    starting: dto.starting ?? 0,
  };
}

/**
 * What keeping `minIdle` members costs a month at the cheapest price listed now; null when there
 * is no price to go on (no offers, or they did not load), so nothing is made up.
 */
export function monthlyCost(minIdle: number, cheapestPerHour: number | null): number | null {
  if (cheapestPerHour === null) return null;
  return minIdle * cheapestPerHour * HOURS_PER_MONTH;
}

/** Why a typed pool size cannot be saved, or undefined when it can. */
export function minIdleError(value: string): string | undefined {
  const text = value.trim();
  if (!/^\d+$/.test(text)) return 'A whole number';
  const n = Number(text);
  return n > MAX_MIN_IDLE ? `At most ${MAX_MIN_IDLE}` : undefined;
}

export function useWarmPools(enabled: boolean) {
  return useQuery({
    queryKey: warmPoolKeys.list(),
    queryFn: async ({ signal }) =>
      (await apiGet<WarmPoolDto[]>('/api/v1/warm-pools', undefined, signal)).map(toWarmPool),
    enabled,
    refetchInterval: 10_000,
  });
}

/** Saves a pool size, then reads the pools again: the server's count of members is the truth. */
export function useSetWarmPool() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ slug, minIdle }: { slug: string; minIdle: number }) =>
      toWarmPool(
        await apiPut<WarmPoolDto>(`/api/v1/warm-pools/${encodeURIComponent(slug)}`, {
          min_idle: minIdle,
        } satisfies WarmPoolRequest),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: warmPoolKeys.list() }),
  });
}
