import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { apiGet, apiPut, type BudgetDto, type BudgetRequest } from '@/lib/api';

import { toBudget } from './model';

export const budgetKeys = {
  mine: ['budget'] as const,
};

/** Running deployments cost more by the minute; looking again each minute keeps the spend live. */
const REFRESH_MS = 60_000;

export function useBudget(enabled = true) {
  return useQuery({
    queryKey: budgetKeys.mine,
    queryFn: async ({ signal }) =>
      toBudget(await apiGet<BudgetDto>('/api/v1/budget', undefined, signal)),
    refetchInterval: REFRESH_MS,
    enabled,
  });
}

export function useSetBudget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (request: BudgetRequest) =>
      toBudget(await apiPut<BudgetDto>('/api/v1/budget', request)),
    onSuccess: (budget) => queryClient.setQueryData(budgetKeys.mine, budget),
  });
}
