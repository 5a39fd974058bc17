package cloud.dumont.provider.kubernetes;

import cloud.dumont.api.dynamo.KubernetesClusterStatus;
import cloud.dumont.platform.ProblemException;
import cloud.dumont.provider.KubernetesCluster;
import cloud.dumont.provider.KubernetesCluster.ClusterStatus;
import cloud.dumont.provider.KubernetesClusters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Kubernetes")
class ClusterStatusController {

    private final KubernetesClusters clusters;

    ClusterStatusController(KubernetesClusters clusters) {
        this.clusters = clusters;
    }

    @GetMapping("/api/v1/cluster/status")
    @Operation(
            summary = "Whether a Kubernetes cluster can run Dynamo deployments (the default one unless ?cluster= names"
                    + " another)",
            description = "Reachable, the DynamoGraphDeployment CRD installed, Dynamo's operator, NATS and etcd ready,"
                    + " and GPUs: allocatable nvidia.com/gpu over all nodes, and what pods bound to nodes leave free."
                    + " simulated is true for Dumont's in-process cluster. Always 200 for a configured cluster: an"
                    + " unreachable one says so in the body. 404 for a name no cluster has.")
    KubernetesClusterStatus status(@RequestParam(required = false) String cluster) {
        String name = cluster == null || cluster.isBlank() ? clusters.defaultName() : cluster.trim();
        KubernetesCluster found =
                clusters.find(name).orElseThrow(() -> ProblemException.notFound("Kubernetes cluster " + name));
        return view(name, found.status());
    }

    @GetMapping("/api/v1/clusters")
    @Operation(summary = "Every configured Kubernetes cluster with its status, the default first")
    List<KubernetesClusterStatus> all() {
        return clusters.names().stream()
                .map(name -> view(name, clusters.find(name).orElseThrow().status()))
                .toList();
    }

    private static KubernetesClusterStatus view(String name, ClusterStatus s) {
        return new KubernetesClusterStatus(
                name,
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
