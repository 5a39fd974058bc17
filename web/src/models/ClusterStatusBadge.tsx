import { Server } from 'lucide-react';

import { Badge } from '@/components/ui/badge';
import { useClusterStatus } from './manifest-queries';

/** Which cluster, whether Dynamo is ready on it, and free GPUs; says plainly when it is simulated. */
export function ClusterStatusBadge() {
  const status = useClusterStatus();
  if (!status.data) return null;
  const s = status.data;
  const gpus = `${s.free_gpus ?? 0} of ${s.allocatable_gpus ?? 0} GPUs free`;
  const dynamoReady = s.dgd_crd_installed && s.operator_ready && s.nats_ready && s.etcd_ready;
  if (!s.reachable) {
    return (
      <Badge variant="warning" data-testid="cluster-status" title={s.message ?? undefined}>
        <Server aria-hidden="true" />
        Cluster unreachable
      </Badge>
    );
  }
  return (
    <Badge
      variant={dynamoReady ? (s.simulated ? 'info' : 'success') : 'warning'}
      data-testid="cluster-status"
      title={
        s.simulated
          ? 'No Kubernetes cluster is configured: Dumont runs a simulated one with a stand-in Dynamo operator. Set KUBECONFIG to use yours.'
          : (s.message ?? undefined)
      }
    >
      <Server aria-hidden="true" />
      {s.simulated ? 'Simulated cluster' : `Kubernetes ${s.kubernetes_version ?? ''}`.trim()} ·{' '}
      {dynamoReady ? gpus : 'Dynamo platform not ready'}
    </Badge>
  );
}
