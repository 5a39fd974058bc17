import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';

import {
  apiDelete,
  apiGet,
  apiPost,
  apiPut,
  type DeploymentDto,
  type DeployRequest,
  type OfferAlertDto,
  type OfferAlertRequest,
  type OffersDto,
  type QueryParams,
} from '@/lib/api';

import {
  isSettled,
  toDeployment,
  toOfferAlert,
  toOffersResult,
  type Deployment,
} from './deployment';
import type { HibernationRequest } from './hibernation';
import { ANY_OFFER, offerQueryParams, type OfferConstraintValues } from './offer-constraints';

/** How often live views re-read deployments: status changes land within a few seconds. */
export const DEPLOYMENT_POLL_MS = 3000;

/** Enough offers to choose from without turning the deploy panel into a market. */
const OFFER_LIMIT = 10;

export const deploymentKeys = {
  all: ['deployments'] as const,
  list: () => [...deploymentKeys.all, 'list'] as const,
  detail: (id: string) => [...deploymentKeys.all, 'detail', id] as const,
  events: (id: string) => [...deploymentKeys.all, 'events', id] as const,
  offers: (ref: string, params: QueryParams = {}) => ['offers', ref, params] as const,
  alerts: () => ['offer-alerts'] as const,
};

/** A path under a template: `ref` is an official template's slug or any template's id. */
function templatePath(ref: string, rest: string): string {
  return `/api/v1/templates/${encodeURIComponent(ref)}/${rest}`;
}

export function deploymentPath(id: string, rest = ''): string {
  return `/api/v1/deployments/${encodeURIComponent(id)}${rest}`;
}

/** Live offers the template fits on, best first with the reasons of their rank; refreshed while the page is open. */
export function useOffers(ref: string, constraints: OfferConstraintValues = ANY_OFFER) {
  const params = offerQueryParams(constraints);
  return useQuery({
    queryKey: deploymentKeys.offers(ref, params),
    queryFn: async ({ signal }) =>
      toOffersResult(
        await apiGet<OffersDto>(
          templatePath(ref, 'offers'),
          { ...params, limit: OFFER_LIMIT },
          signal,
        ),
      ),
    // The previous list stays while a changed filter loads, so the panel does not jump.
    placeholderData: keepPreviousData,
    staleTime: 15_000,
    refetchInterval: 30_000,
  });
}

/** The signed-in user's notify-me requests. */
export function useOfferAlerts(enabled: boolean) {
  return useQuery({
    queryKey: deploymentKeys.alerts(),
    queryFn: async ({ signal }) =>
      (await apiGet<OfferAlertDto[]>('/api/v1/offer-alerts', undefined, signal)).map(toOfferAlert),
    enabled,
  });
}

export function useCreateOfferAlert(ref: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (request: OfferAlertRequest) =>
      toOfferAlert(await apiPost<OfferAlertDto>(templatePath(ref, 'offer-alerts'), request)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: deploymentKeys.alerts() }),
  });
}

/** Stores a deployment the server answered with, so its page opens without a second request. */
export function remember(queryClient: QueryClient, deployment: Deployment) {
  queryClient.setQueryData(deploymentKeys.detail(deployment.id), deployment);
  void queryClient.invalidateQueries({ queryKey: deploymentKeys.list() });
}

export function useDeploy(ref: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (request: DeployRequest) =>
      toDeployment(await apiPost<DeploymentDto>(templatePath(ref, 'deploy'), request)),
    onSuccess: (deployment) => remember(queryClient, deployment),
  });
}

/** The user's deployments, newest first, re-read every few seconds so statuses move live. */
export function useDeployments(enabled = true) {
  return useQuery({
    queryKey: deploymentKeys.list(),
    queryFn: async ({ signal }) =>
      (await apiGet<DeploymentDto[]>('/api/v1/deployments', undefined, signal)).map(toDeployment),
    enabled,
    staleTime: 0,
    refetchInterval: DEPLOYMENT_POLL_MS,
  });
}

/** One deployment, polled until it settles (the event stream also refreshes it on each change). */
export function useDeployment(id: string, enabled = true) {
  return useQuery({
    queryKey: deploymentKeys.detail(id),
    queryFn: async ({ signal }) =>
      toDeployment(await apiGet<DeploymentDto>(deploymentPath(id), undefined, signal)),
    enabled,
    staleTime: 0,
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return status && isSettled(status) ? false : DEPLOYMENT_POLL_MS;
    },
  });
}

export function useDestroy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) =>
      toDeployment(await apiDelete<DeploymentDto>(deploymentPath(id))),
    onSuccess: (deployment) => remember(queryClient, deployment),
  });
}

export function useRetry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) =>
      toDeployment(await apiPost<DeploymentDto>(deploymentPath(id, '/retry'))),
    onSuccess: (deployment) => remember(queryClient, deployment),
  });
}

/** Stops a running deployment's instance now (its disk is kept); the server answers it hibernating. */
export function useHibernate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) =>
      toDeployment(await apiPost<DeploymentDto>(deploymentPath(id, '/hibernate'))),
    onSuccess: (deployment) => remember(queryClient, deployment),
  });
}

/** Starts a hibernated deployment's instance again; the server answers it waking. */
export function useWake() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) =>
      toDeployment(await apiPost<DeploymentDto>(deploymentPath(id, '/wake'))),
    onSuccess: (deployment) => remember(queryClient, deployment),
  });
}

/** Turns auto-hibernation on or off and sets its threshold and idle window. */
export function useConfigureHibernation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (settings: HibernationRequest) =>
      toDeployment(await apiPut<DeploymentDto>(deploymentPath(id, '/hibernation'), settings)),
    onSuccess: (deployment) => remember(queryClient, deployment),
  });
}
