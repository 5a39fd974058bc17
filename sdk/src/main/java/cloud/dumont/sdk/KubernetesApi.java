package cloud.dumont.sdk;

import cloud.dumont.api.dynamo.KubernetesClusterStatus;
import java.util.List;

/**
 * The Kubernetes clusters a server deploys models onto, by name. A server without a kubeconfig runs one simulated
 * cluster, named {@code simulated}. Reading them needs no token.
 */
public final class KubernetesApi {

    private final Http http;

    KubernetesApi(Http http) {
        this.http = http;
    }

    /**
     * Whether the default cluster can run Dynamo deployments: reachable, the DynamoGraphDeployment CRD installed,
     * Dynamo's operator, NATS and etcd ready, and its GPUs (allocatable and free). An unreachable cluster is still an
     * answer, with {@code reachable()} false and the reason in {@code message()}.
     */
    public KubernetesClusterStatus status() {
        return status(null);
    }

    /**
     * {@link #status()} of the cluster of that name; a {@link DumontException} with status 404 when the server has
     * no cluster of that name.
     *
     * @param cluster a name from {@link #clusters()}; null for the default cluster
     */
    public KubernetesClusterStatus status(String cluster) {
        return http.get("/api/v1/cluster/status" + Query.of().add("cluster", cluster), KubernetesClusterStatus.class);
    }

    /** Every cluster the server is configured with, each with its status, the default first. */
    public List<KubernetesClusterStatus> clusters() {
        return http.get("/api/v1/clusters", Types.listOf(KubernetesClusterStatus.class));
    }
}
