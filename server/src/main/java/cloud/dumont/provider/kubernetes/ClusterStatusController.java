package cloud.dumont.provider.kubernetes;

import cloud.dumont.api.dynamo.KubernetesClusterStatus;
import cloud.dumont.provider.KubernetesCluster;
import cloud.dumont.provider.KubernetesCluster.ClusterStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Kubernetes")
class ClusterStatusController {

    private final KubernetesCluster cluster;

    ClusterStatusController(KubernetesCluster cluster) {
        this.cluster = cluster;
    }

    @GetMapping("/api/v1/cluster/status")
    @Operation(
            summary = "Whether the Kubernetes cluster can run Dynamo deployments",
            description = "Reachable, the DynamoGraphDeployment CRD installed, Dynamo's operator, NATS and etcd ready,"
                    + " and GPUs: allocatable nvidia.com/gpu over all nodes, and what pods bound to nodes leave free."
                    + " simulated is true for Dumont's in-process cluster. Always 200: an unreachable cluster says so"
                    + " in the body.")
    KubernetesClusterStatus status() {
        ClusterStatus s = cluster.status();
        return new KubernetesClusterStatus(
                s.reachable(),
                s.kubernetesVersion(),
                s.dgdCrdInstalled(),
                s.operatorReady(),
                s.natsReady(),
                s.etcdReady(),
                s.allocatableGpus(),
                s.freeGpus(),
                s.simulated(),
                s.message());
    }
}
