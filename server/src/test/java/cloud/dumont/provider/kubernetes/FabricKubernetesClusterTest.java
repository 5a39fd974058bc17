package cloud.dumont.provider.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloud.dumont.provider.DgdState;
import cloud.dumont.provider.KubernetesCluster.ClusterStatus;
import cloud.dumont.provider.KubernetesCluster.DeployedGraph;
import cloud.dumont.provider.KubernetesCluster.GraphPod;
import cloud.dumont.provider.ProviderException;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodStatus;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.FieldValidateable.Validation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The adapter against fabric8's CRUD mock server, seeded as the simulated cluster is (no stand-in operator here). */
class FabricKubernetesClusterTest {

    SimulatedCluster cluster;
    KubernetesClient client;
    FabricKubernetesCluster adapter;

    @BeforeEach
    void start() {
        cluster = SimulatedCluster.start(2, 4, "dynamo-system");
        client = cluster.client();
        adapter = new FabricKubernetesCluster(client, true, false, "dynamo-system");
    }

    @AfterEach
    void stop() {
        cluster.close();
    }

    @Test
    void theMockServerStoresADryRunCreateSoTheSimulatedClusterSkipsTheDryRun() {
        GenericKubernetesResource dgd =
                client.getKubernetesSerialization().convertValue(dgd("dry", 1), GenericKubernetesResource.class);
        client.genericKubernetesResources(DynamoResources.DGD)
                .inNamespace("default")
                .resource(dgd)
                .dryRun()
                .fieldValidation(Validation.STRICT)
                .create();

        // Were the mock to honour dryRun this would be null and the dry run could stay on for the simulation.
        assertThat(client.genericKubernetesResources(DynamoResources.DGD)
                        .inNamespace("default")
                        .withName("dry")
                        .get())
                .isNotNull();
        FabricKubernetesCluster withDryRun = new FabricKubernetesCluster(client, true, true, "dynamo-system");
        assertThatThrownBy(() -> withDryRun.create(dgd("twice", 1)))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("already exists");
    }

    @Test
    void createsGetsAndListsOnlyDumontsGraphs() {
        DeployedGraph created = adapter.create(dgd("qwen", 2));
        Map<String, Object> foreign = dgd("theirs", 1);
        metadata(foreign).put("labels", Map.of("app.kubernetes.io/managed-by", "helm"));
        adapter.create(foreign);

        assertThat(created.name()).isEqualTo("qwen");
        assertThat(created.state().phase()).isEqualTo(DgdState.PENDING);
        assertThat(created.state().desired()).isEqualTo(2);
        assertThat(adapter.get("default", "qwen")).map(DeployedGraph::name).contains("qwen");
        assertThat(adapter.get("default", "nope")).isEmpty();
        assertThat(adapter.list("default")).extracting(DeployedGraph::name).containsExactly("qwen");
        assertThat(adapter.list("other")).isEmpty();
    }

    @Test
    void aSecondCreateIsRejectedWithTheApiServersMessage() {
        adapter.create(dgd("qwen", 1));

        assertThatThrownBy(() -> adapter.create(dgd("qwen", 1)))
                .isInstanceOfSatisfying(
                        ProviderException.class, e -> assertThat(e.kind()).isEqualTo(ProviderException.Kind.REJECTED))
                .hasMessageContaining("qwen")
                .hasMessageContaining("already exists");
    }

    @Test
    void statusIsMappedFromWhatTheOperatorWrote() {
        adapter.create(dgd("qwen", 2));
        GenericKubernetesResource stored = client.genericKubernetesResources(DynamoResources.DGD)
                .inNamespace("default")
                .withName("qwen")
                .get();
        stored.getAdditionalProperties()
                .put(
                        "status",
                        Map.of(
                                "state",
                                "successful",
                                "observedGeneration",
                                1,
                                "conditions",
                                List.of(Map.of("type", "Ready", "status", "True", "message", "All ready")),
                                "services",
                                Map.of("decode", Map.of("replicas", 2, "readyReplicas", 2))));
        client.genericKubernetesResources(DynamoResources.DGD)
                .inNamespace("default")
                .resource(stored)
                .updateStatus();

        DgdState state = adapter.get("default", "qwen").orElseThrow().state();
        assertThat(state).isEqualTo(new DgdState(DgdState.RUNNING, 2, 2, "All ready", true));

        // Scaling bumps the generation; until the operator observes it, the graph is deploying again.
        DeployedGraph scaled = adapter.scale("default", "qwen", 3);
        assertThat(scaled.state().phase()).isEqualTo(DgdState.DEPLOYING);
        assertThat(scaled.state().desired()).isEqualTo(3);
    }

    @Test
    void scaleSetsWorkersOnlyAndDeleteRemoves() {
        adapter.create(dgd("qwen", 1));

        DeployedGraph scaled = adapter.scale("default", "qwen", 4);

        Map<String, Object> services = Fields.map(scaled.object(), "spec", "services");
        assertThat(Fields.number(services, "decode", "replicas")).isEqualTo(4L);
        assertThat(Fields.number(services, "Frontend", "replicas")).isEqualTo(1L);
        assertThat(adapter.delete("default", "qwen")).isTrue();
        assertThat(adapter.get("default", "qwen")).isEmpty();
        assertThat(adapter.delete("default", "qwen")).isFalse();
        assertThatThrownBy(() -> adapter.scale("default", "qwen", 2)).isInstanceOf(ProviderException.class);
    }

    @Test
    void podsAreFoundByTheOperatorsLabelWithTheirProblems() {
        pod("qwen-decode-0", "qwen", "decode", "gpu-node-1", SimulatedPods.running());
        pod(
                "qwen-decode-1",
                "qwen",
                "decode",
                "gpu-node-1",
                SimulatedPods.waiting("CreateContainerConfigError", "secret \"hf-token-secret\" not found"));
        pod("qwen-frontend-0", "qwen", "Frontend", "gpu-node-2", SimulatedPods.waiting("ImagePullBackOff", "back-off"));
        pod(
                "qwen-decode-2",
                "qwen",
                "decode",
                null,
                SimulatedPods.unschedulable("0/2 nodes are available: insufficient nvidia.com/gpu"));
        pod("other-decode-0", "other", "decode", "gpu-node-1", SimulatedPods.running());

        List<GraphPod> pods = adapter.pods("default", "qwen");

        assertThat(pods)
                .extracting(GraphPod::name)
                .containsExactlyInAnyOrder("qwen-decode-0", "qwen-decode-1", "qwen-frontend-0", "qwen-decode-2");
        assertThat(byName(pods, "qwen-decode-0"))
                .isEqualTo(new GraphPod("qwen-decode-0", "decode", "Running", true, 0, "gpu-node-1", null, null));
        assertThat(byName(pods, "qwen-decode-1").problemReason()).isEqualTo("CreateContainerConfigError");
        assertThat(byName(pods, "qwen-decode-1").problemMessage()).isEqualTo("secret \"hf-token-secret\" not found");
        assertThat(byName(pods, "qwen-frontend-0").problemReason()).isEqualTo("ImagePullBackOff");
        assertThat(byName(pods, "qwen-decode-2").problemReason()).isEqualTo("Unschedulable");
        assertThat(byName(pods, "qwen-decode-2").problemMessage())
                .isEqualTo("0/2 nodes are available: insufficient nvidia.com/gpu");
        assertThat(byName(pods, "qwen-decode-2").node()).isNull();
    }

    @Test
    void clusterStatusCountsGpusOfBoundPodsOnly() {
        pod("qwen-decode-0", "qwen", "decode", "gpu-node-1", SimulatedPods.running(), 3);
        pod("qwen-decode-1", "qwen", "decode", null, SimulatedPods.unschedulable("no"), 8);

        ClusterStatus status = adapter.status();

        assertThat(status)
                .isEqualTo(new ClusterStatus(true, SimulatedCluster.VERSION, true, true, true, true, 8, 5, true, null));
    }

    private static GraphPod byName(List<GraphPod> pods, String name) {
        return pods.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private void pod(String name, String graph, String component, String node, PodStatus status) {
        pod(name, graph, component, node, status, 1);
    }

    private void pod(String name, String graph, String component, String node, PodStatus status, int gpus) {
        var created = client.pods()
                .inNamespace("default")
                .resource(new PodBuilder()
                        .withNewMetadata()
                        .withName(name)
                        .addToLabels(DynamoResources.GRAPH_LABEL, graph)
                        .addToLabels(DynamoResources.COMPONENT_LABEL, component)
                        .endMetadata()
                        .withNewSpec()
                        .withNodeName(node)
                        .addNewContainer()
                        .withName("main")
                        .withNewResources()
                        .addToLimits(DynamoResources.GPU, new io.fabric8.kubernetes.api.model.Quantity("" + gpus))
                        .endResources()
                        .endContainer()
                        .endSpec()
                        .build())
                .create();
        created.setStatus(status);
        client.pods().inNamespace("default").resource(created).updateStatus();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> metadata(Map<String, Object> dgd) {
        return (Map<String, Object>) dgd.get("metadata");
    }

    /** The shape DynamoManifestService produces, trimmed. */
    static Map<String, Object> dgd(String name, int workers) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", name);
        metadata.put("namespace", "default");
        metadata.put("labels", Map.of("app.kubernetes.io/managed-by", "dumont"));
        Map<String, Object> frontend = new LinkedHashMap<>(Map.of("componentType", "frontend", "replicas", 1));
        Map<String, Object> decode = new LinkedHashMap<>(Map.of(
                "componentType", "worker", "replicas", workers, "resources", Map.of("limits", Map.of("gpu", "1"))));
        Map<String, Object> services = new LinkedHashMap<>();
        services.put("Frontend", frontend);
        services.put("decode", decode);
        Map<String, Object> dgd = new LinkedHashMap<>();
        dgd.put("apiVersion", "nvidia.com/v1alpha1");
        dgd.put("kind", "DynamoGraphDeployment");
        dgd.put("metadata", metadata);
        dgd.put("spec", new LinkedHashMap<>(Map.of("backendFramework", "vllm", "services", services)));
        return dgd;
    }
}
