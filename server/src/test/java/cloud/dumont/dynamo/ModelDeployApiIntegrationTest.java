package cloud.dumont.dynamo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cloud.dumont.ApiClient;
import cloud.dumont.ApiClient.Response;
import cloud.dumont.provider.KubernetesCluster;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * A catalog model deployed through the REST API onto the simulated cluster, end to end: the engine creates the DGD,
 * the stand-in operator runs its pods, the deployment follows to running, pods and chat answer through the API, a
 * scale is applied, and destroy deletes the DGD. And onto Vast.ai, as the vLLM template serving that model.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "dumont.vast.simulator.boot-time-min=1s",
            "dumont.vast.simulator.boot-time-max=2s",
            "dumont.deployments.poll-interval=200ms",
            "dumont.deployments.running-check-interval=300ms",
            "dumont.deployments.deploy-wait=3s",
            "dumont.deployments.max-per-user=50"
        })
@ActiveProfiles("test")
class ModelDeployApiIntegrationTest {

    private static final Duration READY = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    KubernetesCluster cluster;

    ApiClient api;
    String user;

    @BeforeEach
    void signIn() {
        api = new ApiClient(port);
        user = api.newUser("Model deployer");
    }

    @Test
    void aModelDeployedOnKubernetesRunsAnswersAChatScalesAndIsDeleted() {
        Response created = api.post(
                "/api/v1/models/deploy",
                "{\"model_id\":\"Qwen/Qwen3-0.6B\",\"config\":{\"name\":\"qwen-chat\",\"engine\":\"vllm\"}}",
                user);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode d = created.json();
        String id = d.get("id").asString();
        assertThat(d.get("target").asString()).isEqualTo("kubernetes");
        assertThat(d.get("model_id").asString()).isEqualTo("Qwen/Qwen3-0.6B");
        assertThat(d.get("simulated").asBoolean()).isTrue();
        assertThat(d.get("credentials").isNull()).isTrue();
        JsonNode k8s = d.get("kubernetes");
        assertThat(k8s.get("cluster").asString()).isEqualTo("simulated");
        assertThat(k8s.get("name").asString()).isEqualTo("qwen-chat");
        assertThat(k8s.get("namespace").asString()).isEqualTo("default");
        assertThat(k8s.get("port_forward").asString())
                .isEqualTo("kubectl port-forward svc/qwen-chat-frontend 8000:8000 -n default");

        JsonNode running = awaitStatus(id, "running");
        assertThat(running.get("kubernetes").get("replicas_ready").asInt()).isEqualTo(1);
        assertThat(cluster.get("default", "qwen-chat")).isPresent();

        JsonNode pods = api.get("/api/v1/deployments/" + id + "/pods", user).json();
        List<String> components = new ArrayList<>();
        pods.forEach(p -> components.add(p.get("component").asString()));
        assertThat(components).containsExactlyInAnyOrder("Frontend", "worker");
        pods.forEach(p -> {
            assertThat(p.get("phase").asString()).isEqualTo("Running");
            assertThat(p.get("node").asString()).startsWith("gpu-node-");
        });

        JsonNode graph = api.get("/api/v1/deployments/" + id + "/graph", user).json();
        assertThat(graph.get("phase").asString()).isEqualTo("running");
        assertThat(graph.get("conditions").get(0).get("type").asString()).isEqualTo("Ready");
        assertThat(graph.get("conditions").get(0).get("status").asString()).isEqualTo("True");
        assertThat(graph.get("services").size()).isEqualTo(2);
        assertThat(graph.get("pods").size()).isEqualTo(2);

        Response chat = api.post(
                "/api/v1/deployments/" + id + "/chat",
                "{\"messages\":[{\"role\":\"user\",\"content\":\"What is Dynamo?\"}]}",
                user);
        assertThat(chat.status()).as(chat.body()).isEqualTo(200);
        assertThat(chat.json().get("model").asString()).isEqualTo("Qwen/Qwen3-0.6B");
        assertThat(chat.json().get("content").asString()).contains("Simulated").contains("What is Dynamo?");
        assertThat(chat.json().get("simulated").asBoolean()).isTrue();

        Response scaled = api.post("/api/v1/deployments/" + id + "/scale", "{\"replicas\":2}", user);
        assertThat(scaled.status()).as(scaled.body()).isEqualTo(202);
        await().atMost(READY)
                .until(() -> api.get("/api/v1/deployments/" + id, user)
                                .json()
                                .get("kubernetes")
                                .get("replicas_ready")
                                .asInt()
                        == 2);
        assertThat(api.get("/api/v1/deployments/" + id + "/pods", user).json().size())
                .isEqualTo(3);

        assertThat(api.delete("/api/v1/deployments/" + id, user).status()).isEqualTo(202);
        awaitStatus(id, "destroyed");
        assertThat(cluster.get("default", "qwen-chat")).isEmpty();
        String events = api.get("/api/v1/deployments/" + id + "/events", user).body();
        assertThat(events).contains("created on cluster simulated").contains("Scaling from 1 to 2");
    }

    @Test
    void badConfigurationIs422AndCreatesNothing() {
        int before = api.get("/api/v1/deployments", user).json().size();

        Response bad = api.post(
                "/api/v1/models/deploy",
                "{\"model_id\":\"Qwen/Qwen3-0.6B\",\"config\":{\"name\":\"Not_A_Name\",\"replicas\":11}}",
                user);

        assertThat(bad.status()).as(bad.body()).isEqualTo(422);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.body()).contains("\"field\":\"name\"").contains("\"field\":\"replicas\"");
        assertThat(api.get("/api/v1/deployments", user).json().size()).isEqualTo(before);
        Response noCluster =
                api.post("/api/v1/models/deploy", "{\"model_id\":\"Qwen/Qwen3-0.6B\",\"cluster\":\"nowhere\"}", user);
        assertThat(noCluster.status()).as(noCluster.body()).isEqualTo(422);
        assertThat(noCluster.body()).contains("no cluster is named nowhere");
    }

    @Test
    void tooManyGpusPerWorkerLeavesPodsUnschedulableAndSaysSo() {
        String id = api.post(
                        "/api/v1/models/deploy",
                        "{\"model_id\":\"Qwen/Qwen3-0.6B\",\"config\":{\"name\":\"too-big\",\"gpus_per_replica\":8}}",
                        user)
                .json()
                .get("id")
                .asString();

        await().atMost(READY).until(() -> api.get("/api/v1/deployments/" + id + "/events", user)
                .body()
                .contains("Unschedulable"));
        JsonNode d = api.get("/api/v1/deployments/" + id, user).json();
        assertThat(d.get("status").asString()).isIn("provisioning", "starting");
        assertThat(d.get("troubleshooting_url").asString()).endsWith("#gpus-unavailable");
        assertThat(api.get("/api/v1/deployments/" + id + "/pods", user).body()).contains("insufficient nvidia.com/gpu");
        api.delete("/api/v1/deployments/" + id, user);
        awaitStatus(id, "destroyed");
    }

    @Test
    void aSecondDeploymentUnderATakenNameFailsWithoutTouchingTheFirst() {
        String body = "{\"model_id\":\"Qwen/Qwen3-0.6B\",\"config\":{\"name\":\"twin\"}}";
        String first =
                api.post("/api/v1/models/deploy", body, user).json().get("id").asString();
        String second =
                api.post("/api/v1/models/deploy", body, user).json().get("id").asString();

        JsonNode failed = awaitStatus(second, "failed");
        assertThat(failed.get("status_message").asString()).contains("already exists");
        awaitStatus(first, "running");
        assertThat(api.get("/api/deployments/twin", user).json().get("id").asString())
                .isEqualTo(first);
        assertThat(api.get("/api/deployments/twin/pods", user).json().size()).isEqualTo(2);
        assertThat(api.delete("/api/deployments/twin", user).status()).isEqualTo(202);
        awaitStatus(first, "destroyed");
    }

    @Test
    void theSameCatalogModelDeploysOnVastAsTheVllmTemplateServingIt() {
        Response created =
                api.post("/api/v1/models/deploy", "{\"model_id\":\"Qwen/Qwen3-0.6B\",\"target\":\"vast\"}", user);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode d = created.json();
        assertThat(d.get("target").asString()).isEqualTo("vast");
        assertThat(d.get("template_slug").asString()).isEqualTo("vllm");
        assertThat(d.get("template_name").asString()).isEqualTo("vLLM: Qwen3 0.6B");
        assertThat(d.get("model_id").asString()).isEqualTo("Qwen/Qwen3-0.6B");
        assertThat(d.get("kubernetes").isNull()).isTrue();
        String id = d.get("id").asString();
        awaitStatus(id, "running");
        api.delete("/api/v1/deployments/" + id, user);
    }

    @Test
    void aChatBeforeRunningIs409AndPodsOfAVastDeploymentAre409() {
        // Eight GPUs per worker never fit the simulated nodes: the deployment stays short of running.
        String waiting = api.post(
                        "/api/v1/models/deploy",
                        "{\"model_id\":\"Qwen/Qwen3-0.6B\",\"config\":{\"name\":\"not-yet\",\"gpus_per_replica\":8}}",
                        user)
                .json()
                .get("id")
                .asString();
        Response early = api.post(
                "/api/v1/deployments/" + waiting + "/chat",
                "{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}",
                user);
        assertThat(early.status()).as(early.body()).isEqualTo(409);
        assertThat(early.contentType()).startsWith("application/problem+json");
        assertThat(early.body()).contains("once the deployment is running");
        api.delete("/api/v1/deployments/" + waiting, user);

        String vast = api.post("/api/v1/templates/jupyter-lab/deploy", "{}", user)
                .json()
                .get("id")
                .asString();
        Response pods = api.get("/api/v1/deployments/" + vast + "/pods", user);
        assertThat(pods.status()).isEqualTo(409);
        assertThat(pods.contentType()).startsWith("application/problem+json");
        api.delete("/api/v1/deployments/" + vast, user);
    }

    private JsonNode awaitStatus(String id, String status) {
        return await().atMost(READY)
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> api.get("/api/v1/deployments/" + id, user).json(),
                        d -> d.get("status").asString().equals(status));
    }
}
