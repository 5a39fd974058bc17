package cloud.dumont.deployment.internal;

import cloud.dumont.api.deployment.ChatRequest;
import cloud.dumont.api.deployment.ChatResponse;
import cloud.dumont.api.deployment.DeploymentResponse;
import cloud.dumont.api.deployment.DeploymentStatus;
import cloud.dumont.api.deployment.GraphStatusResponse;
import cloud.dumont.api.deployment.PodResponse;
import cloud.dumont.identity.CurrentUser;
import cloud.dumont.platform.ProblemException;
import cloud.dumont.provider.KubernetesCluster;
import cloud.dumont.provider.KubernetesCluster.ProxyResponse;
import cloud.dumont.provider.KubernetesClusters;
import cloud.dumont.provider.ProviderException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What only a Kubernetes deployment can do: list its pods, scale its workers, and try its model with a chat request
 * sent through the Kubernetes API server's service proxy to the DGD's frontend.
 */
@Service
public class GraphOperations {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int DEFAULT_MAX_TOKENS = 256;

    private final Deployments deployments;
    private final KubernetesClusters clusters;
    private final Clock clock;

    GraphOperations(Deployments deployments, KubernetesClusters clusters, Clock clock) {
        this.deployments = deployments;
        this.clusters = clusters;
        this.clock = clock;
    }

    public List<PodResponse> pods(CurrentUser user, UUID id) {
        DeploymentEntity d = graph(user, id);
        if (!d.getStatus().live()) {
            return List.of(); // a failed or destroyed deployment's DGD is gone, and so are its pods
        }
        return call(() -> pods(cluster(d), d));
    }

    /** The DGD as the cluster reports it now: phase, conditions, services and pods. */
    public GraphStatusResponse status(CurrentUser user, UUID id) {
        DeploymentEntity d = graph(user, id);
        if (!d.getStatus().live()) {
            return new GraphStatusResponse(false, null, true, List.of(), List.of(), List.of());
        }
        return call(() -> {
            KubernetesCluster cluster = cluster(d);
            return cluster.get(d.getGraphNamespace(), d.getGraphName())
                    .map(g -> new GraphStatusResponse(
                            true,
                            g.state().phase(),
                            g.state().observedGenerationCurrent(),
                            g.conditions().stream()
                                    .map(c -> new GraphStatusResponse.Condition(
                                            c.type(), c.status(), c.reason(), c.message(), c.lastTransitionTime()))
                                    .toList(),
                            g.services().stream()
                                    .map(s -> new GraphStatusResponse.Service(
                                            s.name(), s.componentType(), s.replicas(), s.readyReplicas()))
                                    .toList(),
                            pods(cluster, d)))
                    .orElseGet(() -> new GraphStatusResponse(false, null, true, List.of(), List.of(), List.of()));
        });
    }

    private static List<PodResponse> pods(KubernetesCluster cluster, DeploymentEntity d) {
        return cluster.pods(d.getGraphNamespace(), d.getGraphName()).stream()
                .map(p -> new PodResponse(
                        p.name(),
                        p.component(),
                        p.phase(),
                        p.ready(),
                        p.restarts(),
                        p.node(),
                        p.problemReason(),
                        p.problemMessage()))
                .toList();
    }

    /** Records the new worker replica count; the reconciler writes it to the DGD at once. */
    public DeploymentResponse scale(CurrentUser user, UUID id, int replicas) {
        graph(user, id);
        return deployments.change(user, id, d -> {
            if (!d.getStatus().live() || d.getStatus() == DeploymentStatus.destroying) {
                throw ProblemException.conflict("Only a live deployment can be scaled; this one is " + d.getStatus());
            }
            if (d.getReplicasDesired() == replicas) {
                return false;
            }
            d.note("Scale to " + replicas + " worker replicas requested", clock.instant());
            d.setReplicasDesired(replicas);
            return true;
        });
    }

    /** Sends one chat request to the running model and returns its answer. */
    public ChatResponse chat(CurrentUser user, UUID id, ChatRequest request) {
        DeploymentEntity d = graph(user, id);
        if (d.getStatus() != DeploymentStatus.running) {
            throw ProblemException.conflict(
                    "The model answers once the deployment is running; it is " + d.getStatus() + " now");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("model", d.getServedModelName());
        body.put(
                "messages",
                request.messages().stream()
                        .map(m -> Map.of("role", m.role(), "content", m.content()))
                        .toList());
        body.put("max_tokens", request.maxTokens() == null ? DEFAULT_MAX_TOKENS : request.maxTokens());
        long started = System.nanoTime();
        ProxyResponse answer = call(() -> cluster(d)
                .proxyPost(
                        d.getGraphNamespace(),
                        d.getGraphName() + "-frontend",
                        8000,
                        "/v1/chat/completions",
                        JSON.writeValueAsString(body)));
        long latencyMs = (System.nanoTime() - started) / 1_000_000;
        if (answer.status() / 100 != 2) {
            throw new ProblemException(
                    HttpStatus.BAD_GATEWAY,
                    "model-error",
                    "The model's frontend did not answer",
                    "The frontend (through the Kubernetes API proxy) answered " + answer.status() + ": "
                            + errorMessage(answer.body()));
        }
        JsonNode json;
        try {
            json = JSON.readTree(answer.body());
        } catch (RuntimeException e) {
            throw new ProblemException(
                    HttpStatus.BAD_GATEWAY,
                    "model-error",
                    "The model's frontend did not answer",
                    "The frontend's answer is not JSON");
        }
        JsonNode choice = json.path("choices").path(0);
        return new ChatResponse(
                json.path("model").asString(d.getServedModelName()),
                choice.path("message").path("content").asString(""),
                choice.path("finish_reason").asString(null),
                json.path("usage").has("prompt_tokens")
                        ? json.path("usage").path("prompt_tokens").asInt()
                        : null,
                json.path("usage").has("completion_tokens")
                        ? json.path("usage").path("completion_tokens").asInt()
                        : null,
                latencyMs,
                d.isSimulated());
    }

    private DeploymentEntity graph(CurrentUser user, UUID id) {
        DeploymentEntity d = deployments.visible(user, id);
        if (!d.onKubernetes()) {
            throw ProblemException.conflict("This deployment runs on Vast.ai: it has no pods, replicas or frontend");
        }
        return d;
    }

    private KubernetesCluster cluster(DeploymentEntity d) {
        return clusters.find(d.getClusterName())
                .orElseThrow(() -> new ProblemException(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "cluster-unavailable",
                        "Kubernetes cluster not configured",
                        "Cluster " + d.getClusterName() + " is not configured on this server"));
    }

    /** The message of an OpenAI-style error or a Kubernetes Status, else the body itself, shortened. */
    private static String errorMessage(String body) {
        try {
            JsonNode json = JSON.readTree(body);
            String message = json.path("error")
                    .path("message")
                    .asString(json.path("message").asString(null));
            if (message != null) {
                return message;
            }
        } catch (RuntimeException e) {
            // not JSON: fall through to the text
        }
        String text = body == null ? "" : body.strip();
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private static <T> T call(java.util.function.Supplier<T> body) {
        try {
            return body.get();
        } catch (ProviderException e) {
            throw new ProblemException(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "cluster-unavailable",
                    "Kubernetes cluster unavailable",
                    "The cluster did not answer: " + e.getMessage());
        }
    }
}
