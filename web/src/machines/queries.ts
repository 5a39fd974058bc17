import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import {
  apiDelete,
  apiGet,
  apiPost,
  withQuery,
  type BlacklistEntryDto,
  type BlacklistRequest,
  type MachineDetailDto,
  type MachineHistoryDto,
} from '@/lib/api';

import { toDetail, toEntry, toHistory, type Sort } from './model';

export const machineKeys = {
  all: ['machines'] as const,
  history: (sort: Sort, blacklisted: boolean) =>
    [...machineKeys.all, 'history', sort, blacklisted] as const,
  detail: (id: number) => [...machineKeys.all, 'detail', id] as const,
};

export function useMachineHistory(sort: Sort, blacklistedOnly: boolean) {
  return useQuery({
    queryKey: machineKeys.history(sort, blacklistedOnly),
    queryFn: async ({ signal }) =>
      toHistory(
        await apiGet<MachineHistoryDto>(
          '/api/v1/machines/history',
          {
            sort,
            order: sort === 'machine_id' || sort === 'median_ready' ? 'asc' : 'desc',
            blacklisted: blacklistedOnly ? 'true' : undefined,
            limit: 200,
          },
          signal,
        ),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useMachine(id: number | null) {
  return useQuery({
    queryKey: machineKeys.detail(id ?? 0),
    queryFn: async ({ signal }) =>
      toDetail(await apiGet<MachineDetailDto>(`/api/v1/machines/${id}`, undefined, signal)),
    enabled: id !== null,
  });
}

export function useBlacklistMachine() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (request: BlacklistRequest) =>
      toEntry(await apiPost<BlacklistEntryDto>('/api/v1/machines/blacklist', request)),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: machineKeys.all }),
  });
}

export function useClearMachine() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ machineId, reason }: { machineId: number; reason: string }) =>
      toEntry(
        await apiDelete<BlacklistEntryDto>(
          withQuery(`/api/v1/machines/blacklist/${machineId}`, { reason }),
        ),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: machineKeys.all }),
  });
}
