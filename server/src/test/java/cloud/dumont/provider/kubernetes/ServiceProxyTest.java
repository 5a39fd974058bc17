package cloud.dumont.provider.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.dumont.provider.KubernetesCluster.ProxyResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The adapter's POST through the API server's service proxy, over HTTP against the simulated cluster, whose dispatcher
 * answers the proxy path the way the API server and a Dynamo frontend do.
 */
class ServiceProxyTest {

    private static final String CHAT =
            "{\"model\":\"Qwen/Qwen3-0.6B\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi there\"}]}";

    SimulatedCluster cluster;
    FabricKubernetesCluster adapter;

    @BeforeEach
    void start() {
        cluster = SimulatedCluster.start(1, 4, "dynamo-system");
        adapter = new FabricKubernetesCluster(cluster.client(), true, false, "dynamo-system");
    }

    @AfterEach
    void stop() {
        cluster.close();
    }

    @Test
    void aFrontendWithoutReadyPodsIsTheApiServersServiceUnavailable() {
        ProxyResponse answer = adapter.proxyPost("default", "qwen-frontend", 8000, "/v1/chat/completions", CHAT);

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.body()).contains("no endpoints available for service \\\"qwen-frontend\\\"");
    }

    @Test
    void anOpenFrontendAnswersAChatCompletionThatSaysItIsSimulated() {
        cluster.frontends().open("default", "qwen-frontend", "Qwen/Qwen3-0.6B");

        ProxyResponse answer = adapter.proxyPost("default", "qwen-frontend", 8000, "/v1/chat/completions", CHAT);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body())
                .contains("\"object\":\"chat.completion\"")
                .contains("\"model\":\"Qwen/Qwen3-0.6B\"")
                .contains("Simulated answer")
                .contains("Hi there");
        // Another namespace's service of the same name is another service.
        assertThat(adapter.proxyPost("other", "qwen-frontend", 8000, "/v1/chat/completions", CHAT)
                        .status())
                .isEqualTo(503);
    }

    @Test
    void aModelTheFrontendDoesNotServeIs404AndBadBodiesAre400() {
        cluster.frontends().open("default", "qwen-frontend", "Qwen/Qwen3-0.6B");

        ProxyResponse wrong = adapter.proxyPost(
                "default",
                "qwen-frontend",
                8000,
                "/v1/chat/completions",
                "{\"model\":\"gpt-4\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}");
        ProxyResponse empty = adapter.proxyPost(
                "default", "qwen-frontend", 8000, "/v1/chat/completions", "{\"model\":\"Qwen/Qwen3-0.6B\"}");

        assertThat(wrong.status()).isEqualTo(404);
        assertThat(wrong.body()).contains("Model not found: 'gpt-4'");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("messages must be a non-empty list");
    }

    @Test
    void theServedNameIsTheServedModelNameFlagElseTheModel() {
        assertThat(SimulatedFrontends.servedModelName(
                        java.util.List.of("--model", "Qwen/Qwen3-0.6B", "--served-model-name", "qwen")))
                .contains("qwen");
        assertThat(SimulatedFrontends.servedModelName(
                        java.util.List.of("--model-path", "Qwen/Qwen3-0.6B", "--tp", "1")))
                .contains("Qwen/Qwen3-0.6B");
        assertThat(SimulatedFrontends.servedModelName(java.util.List.of("--tp", "1")))
                .isEmpty();
    }
}
