import { Link } from 'react-router';

import { useClusterStatus } from '@/models/manifest-queries';
import { cn } from '@/lib/utils';

/**
 * A dot and a word in the header for the Kubernetes cluster Dynamo deployments go to: green when Dynamo is ready,
 * blue when the cluster is simulated, amber when something is missing, red when unreachable. Details on hover.
 */
export function ClusterIndicator() {
  const status = useClusterStatus();
  if (!status.data) return null;
  const s = status.data;
  const dynamoReady = s.dgd_crd_installed && s.operator_ready && s.nats_ready && s.etcd_ready;
  const state = !s.reachable
    ? 'unreachable'
    : !dynamoReady
      ? 'not-ready'
      : s.simulated
        ? 'simulated'
        : 'ready';
  const label = {
    unreachable: 'Cluster unreachable',
    'not-ready': 'Dynamo not ready',
    simulated: 'Simulated cluster',
    ready: s.name ?? 'Cluster',
  }[state];
  const detail = s.reachable
    ? `${s.simulated ? 'Simulated Kubernetes cluster (no KUBECONFIG)' : `Kubernetes ${s.kubernetes_version ?? ''}`}: ${s.free_gpus ?? 0} of ${s.allocatable_gpus ?? 0} GPUs free`
    : (s.message ?? 'The Kubernetes API server did not answer');
  return (
    <Link
      to="/models"
      title={detail}
      aria-label={`${label}. ${detail}`}
      data-testid="cluster-indicator"
      data-state={state}
      className="text-muted-foreground hover:text-foreground focus-visible:ring-ring/50 hidden items-center gap-1.5 rounded-md px-2 py-1 text-xs outline-none focus-visible:ring-[3px] md:inline-flex"
    >
      <span
        aria-hidden="true"
        className={cn(
          'size-2 rounded-full',
          state === 'ready' && 'bg-emerald-500',
          state === 'simulated' && 'bg-sky-500',
          state === 'not-ready' && 'bg-amber-500',
          state === 'unreachable' && 'bg-red-500',
        )}
      />
      {label}
    </Link>
  );
}
