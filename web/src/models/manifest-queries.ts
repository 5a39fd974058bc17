import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import {
  apiGet,
  apiPost,
  apiPostText,
  type ClusterStatusDto,
  type DeploymentDto,
  type DynamoDeploymentConfig,
  type ModelDeployRequest,
  type ModelDto,
} from '@/lib/api';

import { toDeployment } from '@/deployments/deployment';
import { deploymentKeys } from '@/deployments/queries';

import { toModel } from './model';

/** A model id keeps its slash as a path separator; each part is encoded on its own. */
export function modelPath(id: string): string {
  return id.split('/').map(encodeURIComponent).join('/');
}

export function useModel(id: string) {
  return useQuery({
    queryKey: ['model', id],
    queryFn: async ({ signal }) =>
      toModel(await apiGet<ModelDto>(`/api/v1/models/${modelPath(id)}`, undefined, signal)),
  });
}

/** The manifest the server would make of `config`; keeps the last good one while the next loads. */
export function useManifestPreview(id: string, config: DynamoDeploymentConfig, enabled: boolean) {
  return useQuery({
    queryKey: ['manifest', id, config],
    queryFn: ({ signal }) =>
      apiPostText(`/api/v1/models/${modelPath(id)}/manifest`, config, signal),
    placeholderData: keepPreviousData,
    enabled,
    retry: false,
  });
}

/** The Kubernetes cluster Dynamo deployments go to, checked every 30 s. */
export function useClusterStatus() {
  return useQuery({
    queryKey: ['cluster-status'],
    queryFn: ({ signal }) => apiGet<ClusterStatusDto>('/api/v1/cluster/status', undefined, signal),
    refetchInterval: 30_000,
    retry: false,
  });
}

/** Every configured cluster, the default first. */
export function useClusters() {
  return useQuery({
    queryKey: ['clusters'],
    queryFn: ({ signal }) => apiGet<ClusterStatusDto[]>('/api/v1/clusters', undefined, signal),
    staleTime: 30_000,
    retry: false,
  });
}

/** Deploys the model through the engine; the answer is the new deployment. */
export function useDeployModel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (request: ModelDeployRequest) =>
      toDeployment(await apiPost<DeploymentDto>('/api/v1/models/deploy', request)),
    onSuccess: (deployment) => {
      queryClient.setQueryData(deploymentKeys.detail(deployment.id), deployment);
      void queryClient.invalidateQueries({ queryKey: deploymentKeys.list() });
    },
  });
}
