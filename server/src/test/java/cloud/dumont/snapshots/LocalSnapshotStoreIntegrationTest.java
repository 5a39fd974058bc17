package cloud.dumont.snapshots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cloud.dumont.ApiClient;
import cloud.dumont.ApiClient.Response;
import cloud.dumont.agent.ActivitySample;
import cloud.dumont.agent.AgentCommands;
import cloud.dumont.agent.AgentReports;
import cloud.dumont.agent.AgentTokens;
import cloud.dumont.agent.CommandState;
import cloud.dumont.provider.CloudInstance;
import cloud.dumont.provider.GpuCloud;
import cloud.dumont.sim.VastSimulator;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The default run, with no bucket configured: snapshot objects go to a directory of the server, behind URLs the
 * server signs itself. The same round trip as on S3, and the signature holds: another key, another method or another
 * expiry is a 403.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            // The deployment is only an owner for the snapshots: left pending, it launches no instance whose own
            // agent could take the commands these tests hand to the instances they launch themselves.
            "dumont.deployments.loop-enabled=false",
            "dumont.vast.simulator.boot-time-min=1s",
            "dumont.vast.simulator.boot-time-max=2s",
            "dumont.deployments.max-per-user=50"
        })
@ActiveProfiles("test")
class LocalSnapshotStoreIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    GpuCloud cloud;

    @Autowired
    VastSimulator simulator;

    @Autowired
    AgentTokens tokens;

    @Autowired
    AgentCommands commands;

    @Autowired
    AgentReports reports;

    @Autowired
    Snapshots snapshots;

    ApiClient api;
    UUID deploymentId;
    String agentToken;
    AgentInstances instances;

    @BeforeEach
    void deployment() {
        api = new ApiClient(port);
        String owner = api.newUser("Owner");
        Response deployed = api.post("/api/v1/templates/jupyter-lab/deploy", "{}", owner);
        assertThat(deployed.status()).as(deployed.body()).isEqualTo(201);
        deploymentId = UUID.fromString(deployed.json().get("id").asString());
        agentToken = tokens.issue(deploymentId);
        instances = new AgentInstances(cloud, simulator, port);
    }

    @Test
    void aWorkspaceSurvivesSnapshotAndRestoreThroughTheServersOwnStore() throws Exception {
        CloudInstance first = instances.launch(agentToken);
        assertThat(AgentInstances.writeFile(first, "data/run.log", "epoch 1: loss 0.42\n")
                        .status())
                .isEqualTo(201);
        simulator.setGpuUtilization(first.id(), 37);

        UUID snapshotId = commands.requestSnapshot(deploymentId);
        simulator.agentHeartbeat(first.id());
        assertThat(awaitFinished(snapshotId).status()).isEqualTo("done");
        assertThat(snapshots.find(snapshotId).orElseThrow().storage()).isEqualTo("local");
        assertThat(snapshots.storageKind()).isEqualTo("local");

        ActivitySample sample = reports.latest(deploymentId).orElseThrow();
        assertThat(sample.gpuUtil()).isEqualTo(37.0);
        assertThat(sample.appKind()).isEqualTo("jupyter");
        assertThat(sample.workspaceBytes()).isEqualTo("epoch 1: loss 0.42\n".length());
        assertThat(reports.beats(deploymentId)).isGreaterThanOrEqualTo(2);

        cloud.destroy(first.id());
        UUID restore = commands.requestRestore(deploymentId, snapshotId);
        CloudInstance second = instances.launch(agentToken);

        assertThat(commands.state(restore).orElseThrow().status()).isEqualTo("done");
        assertThat(AgentInstances.readFile(second, "data/run.log")
                        .json()
                        .get("content")
                        .asString())
                .isEqualTo("epoch 1: loss 0.42\n");
        cloud.destroy(second.id());
    }

    @Test
    void aSignedUrlAllowsOneMethodOnOneKeyUntilItExpires() {
        UUID snapshotId = commands.requestSnapshot(deploymentId);
        Response answer = api.post("/api/v1/agent/snapshots/" + snapshotId + "/chunks/0/url", "", agentToken);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        String url = answer.json().get("url").asString();
        assertThat(url).startsWith("http://127.0.0.1:" + port + "/snapshot-store/snapshots/" + deploymentId + "/");

        assertThat(put(url, "chunk").status()).isEqualTo(200);
        assertThat(get(url).status()).as("a PUT signature does not allow GET").isEqualTo(403);
        String otherDeployment =
                url.replace(deploymentId.toString(), UUID.randomUUID().toString());
        assertThat(put(otherDeployment, "x").status()).isEqualTo(403);
        assertThat(put(url.replace("chunk-00000", "chunk-00001"), "x").status()).isEqualTo(403);
        String later = url.replaceFirst("expires=(\\d+)", "expires=9999999999");
        assertThat(put(later, "x").status()).isEqualTo(403);
        assertThat(put(url.replaceFirst("signature=[0-9a-f]{4}", "signature=0000"), "x")
                        .status())
                .isEqualTo(403);
        assertThat(put(url.replace("snapshots/", "snapshots/../../"), "x").status())
                .isIn(400, 403, 404);
    }

    private Response put(String url, String body) {
        return api.send(HttpRequest.newBuilder(URI.create(url)).PUT(HttpRequest.BodyPublishers.ofString(body)), null);
    }

    private Response get(String url) {
        return api.send(HttpRequest.newBuilder(URI.create(url)).GET(), null);
    }

    private CommandState awaitFinished(UUID commandId) {
        return await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> commands.state(commandId).orElseThrow(), CommandState::finished);
    }
}
