package cloud.dumont.snapshots;

import static org.awaitility.Awaitility.await;

import cloud.dumont.ApiClient;
import cloud.dumont.agent.AgentLaunch;
import cloud.dumont.agent.AgentTokens;
import cloud.dumont.provider.CloudInstance;
import cloud.dumont.provider.GpuCloud;
import cloud.dumont.provider.InstanceState;
import cloud.dumont.provider.LaunchOrder;
import cloud.dumont.sim.Offer;
import cloud.dumont.sim.VastSimulator;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Simulated JupyterLab instances launched the way the hibernation engine will launch them: with the agent's URL and
 * token in their environment, through the server's own GPU cloud port. Each takes a different offer from the far end
 * of the market, away from the cheap ones the engine rents for deployments.
 */
final class AgentInstances {

    static final String JUPYTER_TOKEN = "jupyter-test-token";
    private static final AtomicInteger taken = new AtomicInteger();

    private final GpuCloud cloud;
    private final VastSimulator simulator;
    private final int serverPort;

    AgentInstances(GpuCloud cloud, VastSimulator simulator, int serverPort) {
        this.cloud = cloud;
        this.simulator = simulator;
        this.serverPort = serverPort;
    }

    /** Launches an instance with an agent holding {@code agentToken}; returns it once its app answers. */
    CloudInstance launch(String agentToken) {
        List<Offer> offers = simulator.offers();
        Offer offer = offers.get(offers.size() - 1 - taken.getAndIncrement());
        long id = cloud.create(new LaunchOrder(
                offer.id(),
                "jupyter/base-notebook:latest",
                // As Dumont launches Jupyter Docker Stacks images: the agent's boot step, then the app.
                AgentLaunch.bootingBefore(List.of("start-notebook.py")),
                null,
                List.of(8888),
                Map.of(
                        "JUPYTER_TOKEN",
                        JUPYTER_TOKEN,
                        AgentTokens.ENV_URL,
                        "http://127.0.0.1:" + serverPort,
                        AgentTokens.ENV_TOKEN,
                        agentToken),
                10,
                "snapshot-test-" + offer.id()));
        return await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> cloud.instance(id).orElseThrow(),
                        i -> i.state() == InstanceState.RUNNING && i.address(8888) != null);
    }

    static ApiClient jupyter(CloudInstance instance) {
        return new ApiClient(instance.ports().get(8888));
    }

    static ApiClient.Response writeFile(CloudInstance instance, String path, String text) {
        String body = "{\"type\":\"file\",\"format\":\"text\",\"content\":"
                + tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(text) + "}";
        return jupyter(instance).put("/api/contents/" + path, body, JUPYTER_TOKEN);
    }

    static ApiClient.Response readFile(CloudInstance instance, String path) {
        return jupyter(instance).get("/api/contents/" + path, JUPYTER_TOKEN);
    }
}
