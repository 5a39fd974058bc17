package cloud.dumont.api.dynamo;

/**
 * Whether the Kubernetes cluster can run Dynamo deployments ({@code GET /api/v1/cluster/status}).
 *
 * @param name the cluster's name in Dumont (deployments name it as their {@code cluster})
 * @param reachable the API server answered
 * @param kubernetesVersion the API server's version, or null when unreachable
 * @param dgdCrdInstalled {@code dynamographdeployments.nvidia.com} exists
 * @param operatorReady a Deployment named like {@code dynamo-operator} in the platform namespace has ready replicas
 * @param natsReady {@code dynamo-platform-nats-0} is Ready (frontends crash-loop without NATS)
 * @param etcdReady {@code dynamo-platform-etcd-0} is Ready
 * @param allocatableGpus allocatable {@code nvidia.com/gpu} summed over the nodes
 * @param freeGpus allocatable minus what pods bound to nodes and not finished request
 * @param simulated true for Dumont's in-process simulated cluster
 * @param message why the cluster could not be read, or null
 */
public record KubernetesClusterStatus(
        String name,
        boolean reachable,
        String kubernetesVersion,
        boolean dgdCrdInstalled,
        boolean operatorReady,
        boolean natsReady,
        boolean etcdReady,
        int allocatableGpus,
        int freeGpus,
        boolean simulated,
        String message) {}
