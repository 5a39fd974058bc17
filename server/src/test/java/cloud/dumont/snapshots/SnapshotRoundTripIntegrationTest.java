package cloud.dumont.snapshots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cloud.dumont.ApiClient;
import cloud.dumont.ApiClient.Response;
import cloud.dumont.agent.AgentCommands;
import cloud.dumont.agent.AgentTokens;
import cloud.dumont.agent.CommandState;
import cloud.dumont.api.snapshots.SnapshotResponse;
import cloud.dumont.provider.CloudInstance;
import cloud.dumont.provider.GpuCloud;
import cloud.dumont.sim.VastSimulator;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;
import tools.jackson.databind.JsonNode;

/**
 * Hibernation's storage half against a real S3-compatible server (Adobe S3Mock): a simulated JupyterLab instance's
 * agent snapshots the workspace through pre-signed URLs, the instance is destroyed, a second instance of the same
 * deployment restores it before its app answers, and the file written before is there. Plus retention, the owner's
 * API, and what an agent token may reach.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            // The deployment is only an owner for the snapshots: left pending, it launches no instance whose own
            // agent could take the commands these tests hand to the instances they launch themselves.
            "dumont.deployments.loop-enabled=false",
            "dumont.vast.simulator.boot-time-min=1s",
            "dumont.vast.simulator.boot-time-max=2s",
            "dumont.deployments.max-per-user=50",
            "dumont.snapshots.keep=2",
            // Small chunks, so a few kilobytes of workspace make several objects.
            "dumont.snapshots.chunk-size=1KB"
        })
@ActiveProfiles("test")
class SnapshotRoundTripIntegrationTest {

    @DynamicPropertySource
    static void s3(DynamicPropertyRegistry registry) {
        registry.add(
                "dumont.snapshots.s3.endpoint", () -> S3MockServer.endpoint().toString());
        registry.add("dumont.snapshots.s3.bucket", () -> S3MockServer.BUCKET);
        registry.add("dumont.snapshots.s3.region", () -> "eu-west-1");
        registry.add("dumont.snapshots.s3.access-key", () -> S3MockServer.ACCESS_KEY);
        registry.add("dumont.snapshots.s3.secret-key", () -> S3MockServer.SECRET_KEY);
        registry.add("dumont.snapshots.s3.path-style", () -> "true");
    }

    private static S3Client bucket;

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
    Snapshots snapshots;

    ApiClient api;
    String owner;
    UUID deploymentId;
    String agentToken;
    AgentInstances instances;

    @BeforeAll
    static void openBucket() {
        bucket = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .endpointOverride(S3MockServer.endpoint())
                .region(Region.EU_WEST_1)
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(S3MockServer.ACCESS_KEY, S3MockServer.SECRET_KEY)))
                .build();
    }

    @AfterAll
    static void closeBucket() {
        bucket.close();
    }

    @BeforeEach
    void deployment() {
        api = new ApiClient(port);
        owner = api.newUser("Owner");
        Response deployed = api.post("/api/v1/templates/jupyter-lab/deploy", "{}", owner);
        assertThat(deployed.status()).as(deployed.body()).isEqualTo(201);
        deploymentId = UUID.fromString(deployed.json().get("id").asString());
        agentToken = tokens.issue(deploymentId);
        instances = new AgentInstances(cloud, simulator, port);
    }

    @Test
    void aWorkspaceSurvivesSnapshotDestroyAndRestoreOnAnotherInstance() throws Exception {
        CloudInstance first = instances.launch(agentToken);
        // Random text barely compresses, so the archive spans several 1 KB chunks.
        byte[] noise = new byte[6000];
        new java.util.Random(7).nextBytes(noise);
        String notebook = "# notes\n" + java.util.Base64.getEncoder().encodeToString(noise);
        assertThat(AgentInstances.writeFile(first, "work/notes.md", notebook).status())
                .isEqualTo(201);
        assertThat(AgentInstances.writeFile(first, "hello.txt", "héllo").status())
                .isEqualTo(201);

        UUID snapshotId = commands.requestSnapshot(deploymentId);
        simulator.agentHeartbeat(first.id());
        assertThat(awaitFinished(snapshotId).status()).isEqualTo("done");

        SnapshotResponse snapshot = snapshots.find(snapshotId).orElseThrow();
        assertThat(snapshot.status()).isEqualTo("complete");
        assertThat(snapshot.storage()).isEqualTo("s3");
        assertThat(snapshot.bytes()).isPositive();
        assertThat(snapshot.chunkCount()).isGreaterThan(1);
        assertThat(snapshot.manifestSha256()).matches("[0-9a-f]{64}");
        List<String> keys = keys("snapshots/" + deploymentId + "/" + snapshotId + "/");
        assertThat(keys).contains("snapshots/" + deploymentId + "/" + snapshotId + "/manifest.json");
        assertThat(keys).hasSize(snapshot.chunkCount() + 1);

        cloud.destroy(first.id());
        UUID restore = commands.requestRestore(deploymentId, snapshotId);
        CloudInstance second = instances.launch(agentToken);

        assertThat(second.id()).isNotEqualTo(first.id());
        // The app answered only after the agent's boot step, so the restore is already done.
        assertThat(commands.state(restore).orElseThrow().status()).isEqualTo("done");
        JsonNode restored = AgentInstances.readFile(second, "work/notes.md").json();
        assertThat(restored.get("content").asString()).isEqualTo(notebook);
        assertThat(AgentInstances.readFile(second, "hello.txt")
                        .json()
                        .get("content")
                        .asString())
                .isEqualTo("héllo");
        cloud.destroy(second.id());
    }

    @Test
    void retentionKeepsTheNewestSnapshotsAndDeletesTheObjectsOfOlderOnes() throws Exception {
        CloudInstance instance = instances.launch(agentToken);
        AgentInstances.writeFile(instance, "a.txt", "first");
        UUID oldest = snapshotNow(instance);
        UUID middle = snapshotNow(instance);
        assertThat(keys("snapshots/" + deploymentId + "/" + oldest + "/")).isNotEmpty();

        UUID newest = snapshotNow(instance);

        assertThat(snapshots.list(deploymentId))
                .extracting(SnapshotResponse::id)
                .containsExactly(newest, middle);
        assertThat(keys("snapshots/" + deploymentId + "/" + oldest + "/")).isEmpty();
        assertThat(keys("snapshots/" + deploymentId + "/" + middle + "/")).isNotEmpty();
        assertThat(snapshots.latest(deploymentId).orElseThrow().id()).isEqualTo(newest);
        cloud.destroy(instance.id());
    }

    @Test
    void theOwnerListsAndDeletesSnapshotsAndNobodyElseSeesThem() throws Exception {
        CloudInstance instance = instances.launch(agentToken);
        UUID snapshotId = snapshotNow(instance);
        cloud.destroy(instance.id());

        Response listed = api.get("/api/v1/deployments/" + deploymentId + "/snapshots", owner);
        assertThat(listed.status()).isEqualTo(200);
        JsonNode first = listed.json().get(0);
        assertThat(first.get("id").asString()).isEqualTo(snapshotId.toString());
        assertThat(first.get("status").asString()).isEqualTo("complete");
        assertThat(first.get("bytes").asLong()).isPositive();
        assertThat(first.get("age_seconds").isNumber()).isTrue();
        assertThat(first.get("storage").asString()).isEqualTo("s3");

        String stranger = api.newUser("Stranger");
        String path = "/api/v1/deployments/" + deploymentId + "/snapshots";
        assertThat(api.get(path, stranger).status()).isEqualTo(404);
        assertThat(api.delete(path + "/" + snapshotId, stranger).status()).isEqualTo(404);
        Response badId = api.delete(path + "/not-a-snapshot", owner);
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.contentType()).startsWith("application/problem+json");
        assertThat(api.delete(path + "/" + UUID.randomUUID(), owner).status()).isEqualTo(404);
        assertThat(keys("snapshots/" + deploymentId + "/" + snapshotId + "/")).isNotEmpty();

        assertThat(api.delete(path + "/" + snapshotId, owner).status()).isEqualTo(204);

        assertThat(keys("snapshots/" + deploymentId + "/" + snapshotId + "/")).isEmpty();
        assertThat(api.get(path, owner).json().size()).isZero();
    }

    @Test
    void anAgentTokenReachesItsOwnDeploymentOnlyAndAnswersCarryNoStorageSecret() throws Exception {
        CloudInstance instance = instances.launch(agentToken);
        UUID snapshotId = snapshotNow(instance);
        cloud.destroy(instance.id());
        String plan = "/api/v1/agent/snapshots/" + snapshotId + "/restore-plan";
        UUID uploading = commands.requestSnapshot(deploymentId);
        String chunkUrl = "/api/v1/agent/snapshots/" + uploading + "/chunks/0/url";

        Response ownPlan = api.get(plan, agentToken);
        Response ownUrl = api.post(chunkUrl, "", agentToken);
        assertThat(ownPlan.status()).isEqualTo(200);
        assertThat(ownUrl.status()).isEqualTo(200);
        for (Response answer : List.of(ownPlan, ownUrl)) {
            // SigV4 names the access key id in X-Amz-Credential by design; the secret never leaves the server.
            assertThat(answer.body()).doesNotContain(S3MockServer.SECRET_KEY);
            assertThat(answer.body()).contains("X-Amz-Signature");
        }
        URI url = URI.create(ownUrl.json().get("url").asString());
        assertThat(url.getPath()).endsWith("/snapshots/" + deploymentId + "/" + uploading + "/chunk-00000");

        String otherToken = tokens.issue(UUID.randomUUID());
        Response foreignPlan = api.get(plan, otherToken);
        assertThat(foreignPlan.status()).isEqualTo(403);
        assertThat(foreignPlan.contentType()).startsWith("application/problem+json");
        assertThat(api.post(chunkUrl, "", otherToken).status()).isEqualTo(403);
        assertThat(api.post(
                                "/api/v1/agent/snapshots/" + uploading + "/complete",
                                "{\"format_version\":1,\"chunk_size\":1024,\"total_bytes\":0,\"chunks\":[]}",
                                otherToken)
                        .status())
                .isEqualTo(403);

        assertThat(api.post("/api/v1/agent/heartbeat", "{}", null).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/agent/heartbeat", "{}", "dma_not-a-token").status())
                .isEqualTo(401);
        assertThat(api.post("/api/v1/agent/heartbeat", "{}", owner).status()).isEqualTo(401);
        tokens.revoke(deploymentId);
        assertThat(api.get(plan, agentToken).status()).isEqualTo(401);
        assertThat(snapshots.find(uploading).orElseThrow().status()).isEqualTo("uploading");
    }

    private UUID snapshotNow(CloudInstance instance) throws Exception {
        UUID id = commands.requestSnapshot(deploymentId);
        simulator.agentHeartbeat(instance.id());
        assertThat(awaitFinished(id).status()).isEqualTo("done");
        return id;
    }

    private CommandState awaitFinished(UUID commandId) {
        return await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> commands.state(commandId).orElseThrow(), CommandState::finished);
    }

    private static List<String> keys(String prefix) {
        return bucket.listObjectsV2(l -> l.bucket(S3MockServer.BUCKET).prefix(prefix)).contents().stream()
                .map(S3Object::key)
                .toList();
    }
}
