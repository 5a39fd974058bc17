import { keepPreviousData, useQuery } from '@tanstack/react-query';

import {
  apiGet,
  type BidSuggestionDto,
  type MarketHistoryDto,
  type MarketTableDto,
} from '@/lib/api';

import { toBid, toMarketHistory, toMarketTable, type Range } from './model';

export const marketKeys = {
  all: ['market'] as const,
  table: () => [...marketKeys.all, 'table'] as const,
  history: (gpu: string, range: Range) => [...marketKeys.all, 'history', gpu, range] as const,
  bid: (gpu: string, numGpus: number, bid: number | null) =>
    [...marketKeys.all, 'bid', gpu, numGpus, bid] as const,
};

/** A sample lands every few minutes; looking again each minute keeps the page current. */
const REFRESH_MS = 60_000;
/** Before the first sample (a server that just started) the page looks again soon. */
const FIRST_SAMPLE_MS = 3_000;

export function useMarketTable() {
  return useQuery({
    queryKey: marketKeys.table(),
    queryFn: async ({ signal }) =>
      toMarketTable(await apiGet<MarketTableDto>('/api/v1/spot/market', undefined, signal)),
    refetchInterval: (query) =>
      query.state.data && query.state.data.rows.length === 0 ? FIRST_SAMPLE_MS : REFRESH_MS,
  });
}

export function useMarketHistory(gpu: string | null, range: Range) {
  return useQuery({
    queryKey: marketKeys.history(gpu ?? '', range),
    queryFn: async ({ signal }) =>
      toMarketHistory(
        await apiGet<MarketHistoryDto>(
          `/api/v1/spot/market/${encodeURIComponent(gpu ?? '')}`,
          { range },
          signal,
        ),
      ),
    enabled: gpu !== null,
    placeholderData: keepPreviousData,
    refetchInterval: REFRESH_MS,
  });
}

/**
 * The suggested interruptible bid for a GPU model (and GPU count), with the outbid risk of `bid`
 * when one is given. While another bid's risk loads, the same model's previous answer stays.
 */
export function useBidSuggestion(gpu: string | null, numGpus: number, bid: number | null) {
  return useQuery({
    queryKey: marketKeys.bid(gpu ?? '', numGpus, bid),
    queryFn: async ({ signal }) =>
      toBid(
        await apiGet<BidSuggestionDto>(
          `/api/v1/spot/market/${encodeURIComponent(gpu ?? '')}/bid`,
          { num_gpus: numGpus, bid },
          signal,
        ),
      ),
    enabled: gpu !== null,
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[2] === gpu && previousQuery.queryKey[3] === numGpus
        ? previous
        : undefined,
    staleTime: REFRESH_MS,
  });
}
