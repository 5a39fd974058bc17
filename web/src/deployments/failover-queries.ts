import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { apiGet, apiPost, type DeploymentDto, type StandbyDto } from '@/lib/api';

import { toDeployment } from './deployment';
import { toFailover, type Failover } from './failover';
import { remember } from './queries';

export const failoverKeys = {
  all: ['standby'] as const,
};

/** POST /api/v1/standby: `enabled` always sent (the server reads a missing one as on). */
export interface FailoverChange {
  deploymentId: string;
  enabled: boolean;
  /** Left out, the interval stays as it is. */
  snapshotIntervalSeconds?: number;
}

/**
 * Failover of each of the user's live Vast.ai deployments; re-read each half minute, so a new
 * periodic snapshot's age shows.
 */
export function useFailovers(enabled = true) {
  return useQuery({
    queryKey: failoverKeys.all,
    queryFn: async ({ signal }) =>
      (await apiGet<StandbyDto[]>('/api/v1/standby', undefined, signal)).map(toFailover),
    enabled,
    refetchInterval: 30_000,
  });
}

export function useConfigureFailover() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (change: FailoverChange) =>
      toFailover(
        await apiPost<StandbyDto>('/api/v1/standby', {
          deployment_id: change.deploymentId,
          enabled: change.enabled,
          snapshot_interval_seconds: change.snapshotIntervalSeconds,
        }),
      ),
    onSuccess: (saved) =>
      queryClient.setQueryData<Failover[]>(failoverKeys.all, (list) =>
        list?.map((f) => (f.deploymentId === saved.deploymentId ? saved : f)),
      ),
  });
}

/** Moves a running deployment to a new host now; the server answers it provisioning there. */
export function useFailOverNow() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (deploymentId: string) =>
      toDeployment(
        await apiPost<DeploymentDto>('/api/v1/standby/failover', { deployment_id: deploymentId }),
      ),
    onSuccess: (deployment) => {
      remember(queryClient, deployment);
      void queryClient.invalidateQueries({ queryKey: failoverKeys.all });
    },
  });
}
