package cloud.dumont.provider;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Kubernetes cluster with NVIDIA Dynamo's operator, where models run as {@code nvidia.com/v1alpha1
 * DynamoGraphDeployment}s (DGDs). Objects travel as plain maps, so no Kubernetes client type leaves the adapter. Every
 * call may throw {@link ProviderException}: {@code REJECTED} carries the API server's or admission webhook's message as
 * it is, because that is what a person needs to fix the manifest.
 */
public interface KubernetesCluster {

    /** Label every DGD Dumont creates carries, so {@link #list} finds Dumont's deployments and nobody else's. */
    String MANAGED_BY_LABEL = "app.kubernetes.io/managed-by";

    String MANAGED_BY = "dumont";

    /** True when this cluster is Dumont's in-process simulation rather than a real one. */
    boolean simulated();

    /**
     * Creates the DGD. A server-side dry run with strict field validation goes first, so a field the API server would
     * silently prune or a webhook refusal stops the create before anything exists.
     *
     * @return the created object as the API server stored it
     */
    DeployedGraph create(Map<String, Object> dgd);

    /** The DGD, or empty when it does not exist. */
    Optional<DeployedGraph> get(String namespace, String name);

    /** Dumont's DGDs in the namespace (label {@code app.kubernetes.io/managed-by=dumont}). */
    List<DeployedGraph> list(String namespace);

    /** Deletes the DGD; the operator removes its pods. Deleting one that is gone succeeds and returns false. */
    boolean delete(String namespace, String name);

    /** Sets {@code replicas} of every worker service (componentType {@code worker}); the frontend is left alone. */
    DeployedGraph scale(String namespace, String name, int replicas);

    /** The pods of the DGD, with why each is stuck when it is. */
    List<GraphPod> pods(String namespace, String name);

    /** What the cluster page shows: reachable, Dynamo's platform pods ready, free GPUs. Never throws. */
    ClusterStatus status();

    /**
     * Posts JSON to a Service through the API server's service proxy
     * ({@code /api/v1/namespaces/<ns>/services/<service>:<port>/proxy<path>}), with Dumont's own credentials, so
     * a model's frontend can be tried without exposing it. A status other than 2xx is returned, not thrown: the
     * proxy's 503 "no endpoints available" is an answer the user should read.
     */
    ProxyResponse proxyPost(String namespace, String service, int port, String path, String json);

    /** What a Service answered through the proxy, as it is. */
    record ProxyResponse(int status, String body) {}

    /**
     * A DGD as stored.
     *
     * @param object the whole object, status included
     * @param state its status, mapped to Dumont's phases
     * @param conditions the operator's conditions ({@code Ready} and any other), as reported
     * @param services each service of the spec with its component type and the replicas reported for it
     */
    record DeployedGraph(
            String namespace,
            String name,
            Map<String, Object> object,
            DgdState state,
            List<GraphCondition> conditions,
            List<ServiceReplicas> services) {}

    /** A condition of a DGD's status. */
    record GraphCondition(String type, String status, String reason, String message, String lastTransitionTime) {}

    /** A service of a DGD: the replicas its spec asks for and those ready. */
    record ServiceReplicas(String name, String componentType, int replicas, int readyReplicas) {}

    /**
     * A pod of a DGD.
     *
     * @param component the DGD's service key ({@code nvidia.com/dynamo-component}), e.g. {@code Frontend}
     * @param phase the pod's phase: Pending, Running, Succeeded, Failed, Unknown
     * @param node the node it was scheduled to; null while unscheduled
     * @param problemReason why it is stuck ({@code CreateContainerConfigError}, {@code ImagePullBackOff},
     *     {@code ErrImagePull}, {@code Unschedulable}), or null
     * @param problemMessage Kubernetes' message for that reason, as it is
     */
    record GraphPod(
            String name,
            String component,
            String phase,
            boolean ready,
            int restarts,
            String node,
            String problemReason,
            String problemMessage) {}

    /**
     * The health of a cluster for Dynamo deployments.
     *
     * @param message why it is not reachable, or null
     * @param freeGpus allocatable {@code nvidia.com/gpu} minus what non-terminated pods request
     */
    record ClusterStatus(
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
}
