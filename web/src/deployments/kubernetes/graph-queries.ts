import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import {
  apiGet,
  apiPost,
  type ChatRequest,
  type ChatResponseDto,
  type DeploymentDto,
  type GraphStatusDto,
} from '@/lib/api';

import { toDeployment } from '../deployment';
import { deploymentKeys, deploymentPath } from '../queries';

/** Pods move every couple of seconds while a DGD comes up; a slower poll would lag the stepper. */
const GRAPH_POLL_MS = 2000;

export interface GraphCondition {
  type: string;
  status: string;
  reason: string | null;
  message: string | null;
  last_transition_time: string | null;
}

export interface GraphService {
  name: string;
  component_type: string;
  replicas: number;
  ready_replicas: number;
}

export interface GraphPod {
  name: string;
  component: string;
  phase: string;
  ready: boolean;
  restarts: number;
  node: string | null;
  problem_reason: string | null;
  problem_message: string | null;
}

export interface GraphStatus {
  exists: boolean;
  phase: string | null;
  rollout_done: boolean;
  conditions: GraphCondition[];
  services: GraphService[];
  pods: GraphPod[];
}

export function toGraphStatus(dto: GraphStatusDto): GraphStatus {
  return {
    exists: dto.exists ?? false,
    phase: dto.phase ?? null,
    rollout_done: dto.rollout_done ?? true,
    conditions: (dto.conditions ?? []).map((c) => ({
      type: c.type ?? '',
      status: c.status ?? 'Unknown',
      reason: c.reason ?? null,
      message: c.message ?? null,
      last_transition_time: c.last_transition_time ?? null,
    })),
    services: (dto.services ?? []).map((s) => ({
      name: s.name ?? '',
      component_type: s.component_type ?? '',
      replicas: s.replicas ?? 0,
      ready_replicas: s.ready_replicas ?? 0,
    })),
    pods: (dto.pods ?? []).map((p) => ({
      name: p.name ?? '',
      component: p.component ?? '',
      phase: p.phase ?? 'Unknown',
      ready: p.ready ?? false,
      restarts: p.restarts ?? 0,
      node: p.node ?? null,
      problem_reason: p.problem_reason ?? null,
      problem_message: p.problem_message ?? null,
    })),
  };
}

/** The DGD as the cluster reports it, polled while the deployment is live. */
export function useGraphStatus(id: string, live: boolean) {
  return useQuery({
    queryKey: [...deploymentKeys.detail(id), 'graph'],
    queryFn: async ({ signal }) =>
      toGraphStatus(await apiGet<GraphStatusDto>(deploymentPath(id, '/graph'), undefined, signal)),
    refetchInterval: live ? GRAPH_POLL_MS : false,
  });
}

export function useScale(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (replicas: number) =>
      toDeployment(await apiPost<DeploymentDto>(deploymentPath(id, '/scale'), { replicas })),
    onSuccess: (deployment) => {
      queryClient.setQueryData(deploymentKeys.detail(id), deployment);
      void queryClient.invalidateQueries({ queryKey: deploymentKeys.list() });
    },
  });
}

export function useChat(id: string) {
  return useMutation({
    mutationFn: (request: ChatRequest) =>
      apiPost<ChatResponseDto>(deploymentPath(id, '/chat'), request),
  });
}
