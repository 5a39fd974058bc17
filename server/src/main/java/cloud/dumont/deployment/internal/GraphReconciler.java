package cloud.dumont.deployment.internal;

import cloud.dumont.api.deployment.DeploymentStatus;
import cloud.dumont.provider.DgdState;
import cloud.dumont.provider.KubernetesCluster;
import cloud.dumont.provider.KubernetesCluster.DeployedGraph;
import cloud.dumont.provider.KubernetesCluster.GraphPod;
import cloud.dumont.provider.KubernetesClusters;
import cloud.dumont.provider.ProviderException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Drives a Kubernetes deployment: creates its DynamoGraphDeployment, follows the operator's status and the pods until
 * every worker is ready, applies scaling, and deletes the DGD on destroy. Level-triggered like the Vast.ai reconciler:
 * each pass reads the cluster and acts on what it sees, so a pass after a crash picks up where the last one stopped
 * (a DGD that exists and carries this deployment's label is adopted, not created twice).
 */
@Component
class GraphReconciler {

    /** Label tying a DGD to the deployment that created it. */
    static final String DEPLOYMENT_LABEL = "dumont.cloud/deployment";

    private static final Duration MAX_ERROR_BACKOFF = Duration.ofMinutes(1);

    private final KubernetesClusters clusters;
    private final DeploymentProperties properties;

    GraphReconciler(KubernetesClusters clusters, DeploymentProperties properties) {
        this.clusters = clusters;
        this.properties = properties;
    }

    Outcome reconcile(DeploymentEntity d, Instant now) {
        Optional<KubernetesCluster> found = clusters.find(d.getClusterName());
        if (found.isEmpty() || found.get().simulated() != d.isSimulated()) {
            return clusterGone(d, now);
        }
        KubernetesCluster cluster = found.get();
        try {
            Outcome outcome = step(cluster, d, now);
            d.setTransientErrors(0);
            return outcome;
        } catch (ProviderException e) {
            return trouble(d, e, now);
        }
    }

    private Outcome step(KubernetesCluster cluster, DeploymentEntity d, Instant now) {
        return switch (d.getStatus()) {
            case pending -> create(cluster, d, now);
            case provisioning, starting, running, unhealthy -> follow(cluster, d, now);
            case destroying -> delete(cluster, d, now);
            case failed, destroyed -> Outcome.done();
            // A DGD never hibernates (HibernationCommands refuses it); scale it to free its GPUs instead.
            case hibernating, hibernated, waking -> follow(cluster, d, now);
        };
    }

    private Outcome create(KubernetesCluster cluster, DeploymentEntity d, Instant now) {
        Optional<DeployedGraph> existing = cluster.get(d.getGraphNamespace(), d.getGraphName());
        if (existing.isPresent()) {
            if (!ours(existing.get(), d)) {
                return Outcome.failed(
                        d,
                        Problems.GRAPH_NAME_TAKEN,
                        "A DynamoGraphDeployment named " + where(d) + " already exists and is not this deployment's;"
                                + " deploy again with another name",
                        now);
            }
            if (DgdState.TERMINATING.equals(existing.get().state().phase())) {
                // A retry's previous DGD is still being deleted: create once it is gone.
                return Outcome.requeueAfter(properties.pollInterval());
            }
            d.moveTo(DeploymentStatus.provisioning, "DynamoGraphDeployment " + where(d) + " exists; following it", now);
            return Outcome.requeueAfter(properties.pollInterval());
        }
        cluster.create(labelled(d));
        d.setReplicasApplied(d.getReplicasDesired());
        d.moveTo(
                DeploymentStatus.provisioning,
                "DynamoGraphDeployment " + where(d) + " created on cluster " + d.getClusterName()
                        + "; waiting for the Dynamo operator to start its pods",
                now);
        return Outcome.requeueAfter(properties.pollInterval());
    }

    private Outcome follow(KubernetesCluster cluster, DeploymentEntity d, Instant now) {
        Optional<DeployedGraph> graph = cluster.get(d.getGraphNamespace(), d.getGraphName());
        if (graph.isEmpty() || !ours(graph.get(), d)) {
            return Outcome.failed(
                    d,
                    Problems.GRAPH_DELETED,
                    "DynamoGraphDeployment " + where(d) + " was deleted outside Dumont (kubectl, another tool)",
                    now);
        }
        if (d.getReplicasApplied() != d.getReplicasDesired()) {
            cluster.scale(d.getGraphNamespace(), d.getGraphName(), d.getReplicasDesired());
            d.note(
                    "Scaling from " + d.getReplicasApplied() + " to " + d.getReplicasDesired()
                            + " worker replicas per worker service",
                    now);
            d.setReplicasApplied(d.getReplicasDesired());
            return Outcome.requeueAfter(properties.pollInterval());
        }
        DgdState state = graph.get().state();
        if (state.ready() != d.getReplicasReady()) {
            if (d.getStatus() == DeploymentStatus.running) {
                d.note("Worker replicas ready: " + state.ready() + " of " + state.desired(), now);
            }
            d.setReplicasReady(state.ready());
        }
        if (DgdState.RUNNING.equals(state.phase()) && state.ready() >= state.desired()) {
            if (d.getStatus() != DeploymentStatus.running) {
                d.setProblemCode(null);
                d.setProviderStatus(null);
                d.moveTo(
                        DeploymentStatus.running,
                        "All " + state.desired() + " worker replicas are ready; the frontend answers at " + "svc/"
                                + d.getGraphName() + "-frontend port 8000",
                        now);
            }
            return Outcome.requeueAfter(properties.runningCheckInterval());
        }
        if (DgdState.FAILED.equals(state.phase())) {
            d.setProblemCode(Problems.GRAPH_FAILED);
            if (d.getStatus() != DeploymentStatus.unhealthy) {
                d.moveTo(DeploymentStatus.unhealthy, "The Dynamo operator reports failure: " + message(state), now);
            }
            return Outcome.requeueAfter(properties.pollInterval());
        }
        if (d.getStatus() == DeploymentStatus.running) {
            // A rollout or a lost pod: still serving with what is ready; the replica count tells the rest.
            return Outcome.requeueAfter(properties.pollInterval());
        }
        return waitForPods(cluster, d, state, now);
    }

    private Outcome waitForPods(KubernetesCluster cluster, DeploymentEntity d, DgdState state, Instant now) {
        List<GraphPod> pods = cluster.pods(d.getGraphNamespace(), d.getGraphName());
        Optional<GraphPod> stuck =
                pods.stream().filter(p -> p.problemReason() != null).findFirst();
        if (stuck.isPresent()) {
            GraphPod pod = stuck.get();
            String problem = "Pod " + pod.name() + ": " + pod.problemReason()
                    + (pod.problemMessage() == null ? "" : ": " + pod.problemMessage());
            if (!problem.equals(d.getProviderStatus())) {
                d.setProviderStatus(problem);
                d.setProblemCode(problemCode(pod.problemReason()));
                d.note(problem, now);
            }
        } else if (d.getProviderStatus() != null) {
            d.setProviderStatus(null);
            d.setProblemCode(null);
        }
        if (d.getStatus() == DeploymentStatus.provisioning && pods.stream().anyMatch(p -> p.node() != null)) {
            d.moveTo(
                    DeploymentStatus.starting,
                    "Pods scheduled; waiting for the workers to load " + d.getModelId() + " (ready " + state.ready()
                            + " of " + state.desired() + ")",
                    now);
        }
        if (Duration.between(d.getRequestedAt(), now).compareTo(properties.graphReadyTimeout()) >= 0) {
            String code = d.getProblemCode() != null ? d.getProblemCode() : Problems.GRAPH_TIMEOUT;
            String last = d.getProviderStatus() != null ? d.getProviderStatus() : message(state);
            cluster.delete(d.getGraphNamespace(), d.getGraphName());
            return Outcome.failed(
                    d,
                    code,
                    "Not ready after " + properties.graphReadyTimeout().toMinutes() + " minutes (" + last
                            + "); the DynamoGraphDeployment was deleted to free its GPUs",
                    now);
        }
        return Outcome.requeueAfter(properties.pollInterval());
    }

    private Outcome delete(KubernetesCluster cluster, DeploymentEntity d, Instant now) {
        boolean deleted = cluster.get(d.getGraphNamespace(), d.getGraphName())
                .filter(g -> ours(g, d))
                .map(g -> cluster.delete(d.getGraphNamespace(), d.getGraphName()))
                .orElse(false);
        d.moveTo(
                DeploymentStatus.destroyed,
                deleted
                        ? "DynamoGraphDeployment " + where(d) + " deleted; the operator removes its pods"
                        : "Nothing to delete: DynamoGraphDeployment " + where(d) + " did not exist",
                now);
        return Outcome.done();
    }

    /**
     * The cluster the deployment was made on is not configured any more (or was simulated and the server now runs a
     * real one). A real cluster's DGD may still run, so the deployment waits for the cluster to come back; a destroy
     * can only be recorded, with the command that does it by hand.
     */
    private Outcome clusterGone(DeploymentEntity d, Instant now) {
        if (d.getStatus() == DeploymentStatus.destroying) {
            d.moveTo(
                    DeploymentStatus.destroyed,
                    d.isSimulated()
                            ? "The simulated cluster it ran in is gone; nothing runs"
                            : "Cluster " + d.getClusterName() + " is not configured any more; delete the DGD by hand:"
                                    + " kubectl delete dynamographdeployment " + d.getGraphName() + " -n "
                                    + d.getGraphNamespace(),
                    now);
            return Outcome.done();
        }
        if (d.isSimulated()) {
            return Outcome.failed(d, Problems.GRAPH_DELETED, "The simulated cluster it ran in is gone", now);
        }
        String note = "Waiting for cluster " + d.getClusterName() + ": it is not configured on this server";
        if (!note.equals(d.getProviderStatus())) {
            d.setProviderStatus(note);
            d.note(note, now);
        }
        return Outcome.requeueAfter(Duration.ofMinutes(1));
    }

    private Outcome trouble(DeploymentEntity d, ProviderException e, Instant now) {
        if (e.kind() == ProviderException.Kind.REJECTED && d.getStatus() == DeploymentStatus.pending) {
            // The API server's or the admission webhook's own words: what the user needs to fix the configuration.
            return Outcome.failed(
                    d,
                    Problems.MANIFEST_REJECTED,
                    "The cluster refused the DynamoGraphDeployment: " + e.getMessage(),
                    now);
        }
        if (e.kind() == ProviderException.Kind.AUTH) {
            return Outcome.failed(
                    d,
                    Problems.CLUSTER_UNAVAILABLE,
                    "Cluster " + d.getClusterName() + " refused Dumont's credentials: " + e.getMessage(),
                    now);
        }
        int errors = d.getTransientErrors() + 1;
        d.setTransientErrors(errors);
        if (errors == 1 || errors % 10 == 0) {
            d.note("Cluster " + d.getClusterName() + " unavailable, retrying: " + e.getMessage(), now);
        }
        long seconds = Math.min(MAX_ERROR_BACKOFF.toSeconds(), 1L << Math.min(errors, 6));
        return Outcome.requeueAfter(Duration.ofSeconds(seconds));
    }

    private static boolean ours(DeployedGraph graph, DeploymentEntity d) {
        Map<?, ?> metadata = graph.object().get("metadata") instanceof Map<?, ?> m ? m : Map.of();
        Map<?, ?> labels = metadata.get("labels") instanceof Map<?, ?> l ? l : Map.of();
        return d.getId().toString().equals(labels.get(DEPLOYMENT_LABEL));
    }

    /** The stored manifest with this deployment's label, so the DGD can be told apart from a namesake. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> labelled(DeploymentEntity d) {
        Map<String, Object> manifest = new LinkedHashMap<>(d.getGraphManifest());
        Map<String, Object> metadata = new LinkedHashMap<>((Map<String, Object>) manifest.get("metadata"));
        Map<String, Object> labels = metadata.get("labels") instanceof Map<?, ?> l
                ? new HashMap<>((Map<String, Object>) l)
                : new HashMap<>();
        labels.put(DEPLOYMENT_LABEL, d.getId().toString());
        metadata.put("labels", labels);
        manifest.put("metadata", metadata);
        return manifest;
    }

    private static String problemCode(String reason) {
        return switch (reason) {
            case "Unschedulable" -> Problems.GPUS_UNAVAILABLE;
            case "CreateContainerConfigError" -> Problems.SECRET_MISSING;
            case "ErrImagePull", "ImagePullBackOff", "InvalidImageName" -> Problems.IMAGE_PULL;
            default -> Problems.GRAPH_FAILED;
        };
    }

    private static String message(DgdState state) {
        return state.message() == null ? state.phase() : state.message();
    }

    private static String where(DeploymentEntity d) {
        return d.getGraphNamespace() + "/" + d.getGraphName();
    }
}
