import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { apiDelete, apiGet, type SnapshotDto } from '@/lib/api';

import { toSnapshot } from './snapshot';

export const snapshotKeys = {
  of: (deploymentId: string) => ['snapshots', deploymentId] as const,
};

function snapshotsPath(deploymentId: string, rest = ''): string {
  return `/api/v1/deployments/${encodeURIComponent(deploymentId)}/snapshots${rest}`;
}

/** A deployment's snapshots, newest first; re-read each half minute so an upload's end shows. */
export function useSnapshots(deploymentId: string) {
  return useQuery({
    queryKey: snapshotKeys.of(deploymentId),
    queryFn: async ({ signal }) =>
      (await apiGet<SnapshotDto[]>(snapshotsPath(deploymentId), undefined, signal)).map(toSnapshot),
    refetchInterval: 30_000,
  });
}

export function useDeleteSnapshot(deploymentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (snapshotId: string) =>
      apiDelete<void>(snapshotsPath(deploymentId, `/${encodeURIComponent(snapshotId)}`)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: snapshotKeys.of(deploymentId) }),
  });
}
