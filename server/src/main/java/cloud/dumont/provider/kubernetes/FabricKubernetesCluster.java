package cloud.dumont.provider.kubernetes;

import cloud.dumont.provider.KubernetesCluster;
import cloud.dumont.provider.ProviderException;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.RequestConfigBuilder;
import io.fabric8.kubernetes.client.dsl.FieldValidateable.Validation;
import io.fabric8.kubernetes.client.dsl.MixedOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.http.HttpClient;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/** {@link KubernetesCluster} over a fabric8 client: a real cluster, or the simulated one (the same code either way). */
class FabricKubernetesCluster implements KubernetesCluster {

    /** A chat answer from a small model takes seconds; a minute covers a cold first request. */
    private static final Duration PROXY_TIMEOUT = Duration.ofSeconds(60);

    private final KubernetesClient client;
    private final boolean simulated;
    private final boolean serverDryRun;
    private final ClusterHealth health;

    /**
     * The client's HTTP client without its retries: fabric8 retries a 5xx up to ten times with back-off, but through the
     * service proxy a 503 means "no ready frontend", an answer to show at once, and a POST is not for repeating.
     */
    private final HttpClient proxyHttp;

    /**
     * @param serverDryRun false only for the simulated cluster: fabric8's mock server ignores {@code dryRun} and stores
     *     the object, so the real create that follows would meet a 409 Conflict
     */
    FabricKubernetesCluster(
            KubernetesClient client, boolean simulated, boolean serverDryRun, String platformNamespace) {
        this.client = client;
        this.simulated = simulated;
        this.serverDryRun = serverDryRun;
        this.proxyHttp = client.getHttpClient()
                .newBuilder()
                .tag(new RequestConfigBuilder(client.getConfiguration().getRequestConfig())
                        .withRequestRetryBackoffLimit(0)
                        .build())
                .build();
        this.health =
                new ClusterHealth(client, platformNamespace, simulated, simulated ? SimulatedCluster.VERSION : null);
    }

    @Override
    public boolean simulated() {
        return simulated;
    }

    @Override
    public DeployedGraph create(Map<String, Object> dgd) {
        GenericKubernetesResource resource = toResource(dgd);
        String namespace = resource.getMetadata().getNamespace();
        return call("create DynamoGraphDeployment", () -> {
            if (serverDryRun) {
                // Strict: a field the API server does not know is an error here, not silently pruned (airunway#23).
                dgds().inNamespace(namespace)
                        .resource(resource)
                        .dryRun()
                        .fieldValidation(Validation.STRICT)
                        .create();
            }
            return graph(dgds().inNamespace(namespace)
                    .resource(resource)
                    .fieldValidation(Validation.STRICT)
                    .create());
        });
    }

    @Override
    public Optional<DeployedGraph> get(String namespace, String name) {
        return call("read DynamoGraphDeployment", () -> Optional.ofNullable(
                        dgds().inNamespace(namespace).withName(name).get())
                .map(this::graph));
    }

    @Override
    public List<DeployedGraph> list(String namespace) {
        return call(
                "list DynamoGraphDeployments",
                () -> dgds().inNamespace(namespace).withLabel(MANAGED_BY_LABEL, MANAGED_BY).list().getItems().stream()
                        .map(this::graph)
                        .toList());
    }

    @Override
    public boolean delete(String namespace, String name) {
        return call(
                "delete DynamoGraphDeployment",
                () -> !dgds().inNamespace(namespace).withName(name).delete().isEmpty());
    }

    @Override
    public DeployedGraph scale(String namespace, String name, int replicas) {
        if (replicas < 0) {
            throw new ProviderException(ProviderException.Kind.REJECTED, "replicas must not be negative");
        }
        return call("scale DynamoGraphDeployment", () -> {
            Resource<GenericKubernetesResource> dgd =
                    dgds().inNamespace(namespace).withName(name);
            GenericKubernetesResource current = dgd.get();
            if (current == null) {
                throw new ProviderException(
                        ProviderException.Kind.REJECTED,
                        "DynamoGraphDeployment " + namespace + "/" + name + " not found");
            }
            WorkerReplicas.set(current.getAdditionalProperties(), replicas);
            return graph(dgds().inNamespace(namespace).resource(current).update());
        });
    }

    @Override
    public List<GraphPod> pods(String namespace, String name) {
        return call("list pods", () -> {
            List<Pod> pods = client.pods()
                    .inNamespace(namespace)
                    .withLabel(DynamoResources.GRAPH_LABEL, name)
                    .list()
                    .getItems();
            return pods.stream().map(PodProblems::describe).toList();
        });
    }

    @Override
    public ClusterStatus status() {
        return health.status();
    }

    @Override
    public ProxyResponse proxyPost(String namespace, String service, int port, String path, String json) {
        String base = client.getMasterUrl().toString().replaceAll("/+$", "");
        String url = base + "/api/v1/namespaces/" + namespace + "/services/" + service + ":" + port + "/proxy" + path;
        HttpRequest request = proxyHttp
                .newHttpRequestBuilder()
                .uri(url)
                .timeout(PROXY_TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                .post("application/json", json)
                .build();
        try {
            HttpResponse<String> response =
                    proxyHttp.sendAsync(request, String.class).get(PROXY_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
            return new ProxyResponse(response.code(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderException(ProviderException.Kind.TRANSIENT, "interrupted while calling " + service);
        } catch (ExecutionException | TimeoutException e) {
            throw new ProviderException(
                    ProviderException.Kind.TRANSIENT,
                    "the Kubernetes API server's proxy to " + service + " did not answer: " + e.getMessage());
        }
    }

    private MixedOperation<
                    GenericKubernetesResource, GenericKubernetesResourceList, Resource<GenericKubernetesResource>>
            dgds() {
        return client.genericKubernetesResources(DynamoResources.DGD);
    }

    private GenericKubernetesResource toResource(Map<String, Object> dgd) {
        GenericKubernetesResource resource =
                client.getKubernetesSerialization().convertValue(dgd, GenericKubernetesResource.class);
        if (resource.getMetadata() == null || resource.getMetadata().getNamespace() == null) {
            throw new ProviderException(
                    ProviderException.Kind.REJECTED, "the DynamoGraphDeployment has no metadata.namespace");
        }
        return resource;
    }

    @SuppressWarnings("unchecked")
    private DeployedGraph graph(GenericKubernetesResource resource) {
        Map<String, Object> object = client.getKubernetesSerialization().convertValue(resource, Map.class);
        return new DeployedGraph(
                resource.getMetadata().getNamespace(),
                resource.getMetadata().getName(),
                object,
                DgdStates.of(object),
                DgdStates.conditions(object),
                DgdStates.services(object));
    }

    private static <T> T call(String action, Supplier<T> body) {
        try {
            return body.get();
        } catch (KubernetesClientException e) {
            throw KubernetesErrors.translate(action, e);
        }
    }
}
