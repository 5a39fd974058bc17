package cloud.dumont.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cloud.dumont.ApiClient;
import cloud.dumont.api.deployment.DeployRequest;
import cloud.dumont.api.deployment.DeploymentResponse;
import cloud.dumont.api.deployment.DeploymentStatus;
import cloud.dumont.api.deployment.HibernationSettings;
import cloud.dumont.api.deployment.InstanceAttempt;
import cloud.dumont.api.deployment.ProvisioningStrategy;
import cloud.dumont.api.snapshots.SnapshotResponse;
import cloud.dumont.deployment.internal.FailoverCommands;
import cloud.dumont.deployment.internal.HibernationCommands;
import cloud.dumont.snapshots.S3MockServer;
import cloud.dumont.snapshots.Snapshots;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hibernation and failover with the workspace, end to end: the engine on a driven clock, the simulator's instances
 * running the agent against this server over real HTTP, and snapshots stored in Adobe S3Mock with real S3 calls and
 * pre-signed URLs. What a user wrote in JupyterLab is read back through JupyterLab on the instance that replaced the
 * one it was written on. The agents' own heartbeats run in real time, so each test beats them when it matters.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "dumont.deployments.loop-enabled=false",
            "dumont.deployments.deploy-wait=0s",
            "dumont.vast.simulator.boot-time-min=30s",
            "dumont.vast.simulator.boot-time-max=30s",
            "dumont.vast.retry.base-delay=1ms",
            "dumont.vast.simulator.rate-limited=false",
            "dumont.failover.snapshot-interval=10m",
            "dumont.snapshots.chunk-size=4KB"
        })
class WorkspaceSnapshotsIntegrationTest extends DrivenEngineTest {

    private static final HibernationSettings ONE_MINUTE = new HibernationSettings(true, 5, 60);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static S3Client bucket;

    @DynamicPropertySource
    static void s3(DynamicPropertyRegistry registry) {
        registry.add(
                "dumont.snapshots.s3.endpoint", () -> S3MockServer.endpoint().toString());
        registry.add("dumont.snapshots.s3.bucket", () -> S3MockServer.BUCKET);
        registry.add("dumont.snapshots.s3.access-key", () -> S3MockServer.ACCESS_KEY);
        registry.add("dumont.snapshots.s3.secret-key", () -> S3MockServer.SECRET_KEY);
        registry.add("dumont.snapshots.s3.path-style", () -> "true");
    }

    @BeforeAll
    static void openBucket() {
        bucket = S3Client.builder()
                .endpointOverride(S3MockServer.endpoint())
                .region(Region.US_EAST_1)
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(S3MockServer.ACCESS_KEY, S3MockServer.SECRET_KEY)))
                .build();
    }

    @AfterAll
    static void closeBucket() {
        bucket.close();
    }

    @Autowired
    HibernationCommands hibernation;

    @Autowired
    FailoverCommands failover;

    @Autowired
    Snapshots snapshots;

    @Autowired
    cloud.dumont.agent.AgentCommands commands;

    @Autowired
    cloud.dumont.agent.AgentTokens tokens;

    @Autowired
    cloud.dumont.agent.AgentReports reports;

    @Autowired
    cloud.dumont.snapshots.SnapshotAccess access;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Test
    void snapshotThenDestroyThenWakeRestoresTheWorkspaceOnANewInstance() throws Exception {
        DeploymentResponse d = running();
        long first = d.instanceId();
        String notes = noise(20_000); // several 4 KB chunks, even gzipped
        writeFile(d, "work/notes.md", notes);
        writeFile(d, "hello.txt", "héllo");

        hibernated(d);
        DeploymentResponse stopped = get(d.id());
        assertThat(stopped.instanceId()).isEqualTo(first);
        List<SnapshotResponse> taken = snapshots.list(d.id());
        assertThat(taken).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo("complete");
            assertThat(s.storage()).isEqualTo("s3");
            assertThat(s.chunkCount()).isGreaterThan(1);
        });
        SnapshotResponse snapshot = taken.getFirst();
        assertThat(stopped.hibernation().stage()).isEqualTo("stopped");
        assertThat(stopped.hibernation().snapshotId()).isEqualTo(snapshot.id());
        assertThat(stopped.hibernation().releasesAt())
                .isEqualTo(stopped.hibernation().hibernatedAt().plus(Duration.ofMinutes(30)));
        assertThat(objects("snapshots/" + d.id() + "/" + snapshot.id() + "/")).hasSize(snapshot.chunkCount() + 1);
        assertThat(refusedDelete(d, snapshot)).startsWith("The hibernated deployment relies on this snapshot");

        // Stage 2 after 30 minutes stopped: the instance is destroyed, the snapshot kept.
        runFor(Duration.ofMinutes(29));
        assertThat(get(d.id()).instanceId()).as("still stopped at 29 min").isEqualTo(first);
        runFor(Duration.ofMinutes(2));
        DeploymentResponse released = get(d.id());
        assertThat(released.status()).isEqualTo(DeploymentStatus.hibernated);
        assertThat(released.instanceId()).isNull();
        assertThat(sim.instance(first).orElseThrow().destroyed()).isTrue();
        assertThat(released.attempts().getFirst().outcome()).isEqualTo("hibernated");
        assertThat(released.hibernation().stage()).isEqualTo("snapshot");
        assertThat(released.hibernation().releasesAt()).isNull();
        assertThat(messages(d.id()))
                .anyMatch(m -> m.startsWith("Instance " + first + " destroyed after 30 min stopped: only snapshot"));
        assertThat(refusedDelete(d, snapshot)).startsWith("This snapshot is the only copy of the hibernated workspace");

        // Stage 2 bills neither GPU nor disk: an hour costs the snapshot's storage alone and saves the whole price.
        double costBefore = released.costUsd();
        double savedBefore = released.hibernation().savedUsd();
        clock.advance(Duration.ofHours(1));
        DeploymentResponse anHourLater = get(d.id());
        double storagePerHour = snapshot.bytes() / 1e9 * 0.023 / 730.5;
        assertThat(anHourLater.costUsd() - costBefore).isCloseTo(storagePerHour, within(1e-9));
        double price = released.attempts().getFirst().pricePerHour();
        assertThat(anHourLater.hibernation().savedUsd() - savedBefore).isCloseTo(price - storagePerHour, within(1e-6));

        hibernation.wake(user, d.id());
        assertThat(get(d.id()).status()).isEqualTo(DeploymentStatus.provisioning);
        runFor(Duration.ofSeconds(1));
        awaitRestored(d, snapshot.id());
        runFor(Duration.ofSeconds(44));

        DeploymentResponse awake = get(d.id());
        assertThat(awake.status()).isEqualTo(DeploymentStatus.running);
        assertThat(awake.instanceId()).isNotEqualTo(first);
        assertThat(readFile(awake, "work/notes.md")).isEqualTo(notes);
        assertThat(readFile(awake, "hello.txt")).isEqualTo("héllo");
        assertThat(messages(d.id())).anyMatch(m -> m.startsWith("Workspace restored from snapshot " + snapshot.id()));
        access.checkDeletable(user, d.id(), snapshot.id()); // awake: history, the user's to delete
        assertThat(statuses(d.id()))
                .containsSubsequence(
                        DeploymentStatus.running,
                        DeploymentStatus.hibernating,
                        DeploymentStatus.hibernated,
                        DeploymentStatus.provisioning,
                        DeploymentStatus.starting,
                        DeploymentStatus.running);
    }

    @Test
    void aWakeWhoseGpuWasTakenIsWonByAFreshInstanceRestoredFromTheSnapshot() throws Exception {
        DeploymentResponse d = running();
        long first = d.instanceId();
        writeFile(d, "model.txt", "weights v3");
        hibernated(d);
        sim.takeGpu(first);

        UUID snapshot = snapshots.latest(d.id()).orElseThrow().id();
        hibernation.wake(user, d.id());
        runFor(Duration.ofSeconds(29));
        assertThat(get(d.id()).attempts()).as("no fresh instance before 30 s").hasSize(1);
        assertThat(get(d.id()).hibernation().snapshotId())
                .as("shown while waking: a stuck restart moves to it")
                .isEqualTo(snapshot);
        runFor(Duration.ofSeconds(2));
        awaitRestored(d, snapshot);
        runFor(Duration.ofSeconds(43));

        DeploymentResponse awake = get(d.id());
        assertThat(awake.status()).isEqualTo(DeploymentStatus.running);
        assertThat(awake.instanceId()).isNotEqualTo(first);
        assertThat(sim.instance(first).orElseThrow().destroyed()).isTrue();
        assertThat(awake.attempts())
                .extracting(InstanceAttempt::outcome)
                .first()
                .isEqualTo("replaced");
        assertThat(readFile(awake, "model.txt")).isEqualTo("weights v3");
        assertThat(messages(d.id()))
                .anyMatch(m -> m.startsWith("The restart is slow: fresh instance"))
                .anyMatch(m -> m.contains("restored from the snapshot, was healthy before instance " + first));
    }

    @Test
    void aWakeThatRunsAgainKeepsItsOwnDiskAndDropsTheFreshInstance() throws Exception {
        DeploymentResponse d = running();
        long first = d.instanceId();
        writeFile(d, "a.txt", "kept on the disk");
        hibernated(d);

        // The GPU is busy elsewhere for a while: the restart waits past 30 s, so a fresh instance is rented beside it;
        // then the GPU comes back and the restart (about 9 s here) runs well before the fresh one's 30 s boot ends.
        sim.takeGpu(first);
        hibernation.wake(user, d.id());
        runFor(Duration.ofSeconds(31));
        assertThat(get(d.id()).attempts())
                .as("a fresh instance beside the restart")
                .hasSize(2);
        sim.freeGpu(first);
        runFor(Duration.ofSeconds(15));

        DeploymentResponse awake = get(d.id());
        assertThat(awake.status()).isEqualTo(DeploymentStatus.running);
        assertThat(awake.instanceId()).isEqualTo(first);
        assertThat(readFile(awake, "a.txt")).isEqualTo("kept on the disk");
        InstanceAttempt fresh = awake.attempts().get(1);
        assertThat(fresh.outcome()).isEqualTo("lost");
        assertThat(sim.instance(fresh.instanceId()).orElseThrow().destroyed()).isTrue();
        assertThat(awake.hibernation().stage()).isNull();
    }

    @Test
    void aWakeWithoutASnapshotWaitsForItsOwnDiskHoweverLongTheRestartTakes() throws Exception {
        DeploymentResponse d = running();
        long first = d.instanceId();
        writeFile(d, "only-copy.txt", "not snapshotted");
        // An image that does not run the agent: nothing it sends is heard, and nothing was heard before.
        tokens.revoke(d.id());
        reports.forget(d.id());
        sim.setGpuUtilization(first, 0);
        runFor(Duration.ofSeconds(80));
        assertThat(get(d.id()).status()).isEqualTo(DeploymentStatus.hibernated);
        assertThat(snapshots.list(d.id())).isEmpty();

        sim.takeGpu(first);
        hibernation.wake(user, d.id());
        runFor(Duration.ofMinutes(10));

        DeploymentResponse waiting = get(d.id());
        assertThat(waiting.status()).isEqualTo(DeploymentStatus.waking);
        assertThat(waiting.hibernation().snapshotId()).isNull();
        assertThat(waiting.instanceId()).as("no new host").isEqualTo(first);
        assertThat(waiting.attempts()).hasSize(1);
        assertThat(sim.instance(first).orElseThrow().destroyed())
                .as("the disk with the only copy is kept")
                .isFalse();
        assertThat(messages(d.id()))
                .filteredOn(m -> m.contains("Its disk holds your only copy of the workspace"))
                .as("said once")
                .singleElement()
                .asString()
                .startsWith("Instance " + first + " did not run again within 120 s");

        sim.freeGpu(first);
        runFor(Duration.ofSeconds(30));
        DeploymentResponse awake = get(d.id());
        assertThat(awake.status()).isEqualTo(DeploymentStatus.running);
        assertThat(awake.instanceId()).isEqualTo(first);
        assertThat(readFile(awake, "only-copy.txt")).isEqualTo("not snapshotted");
    }

    @Test
    void aRestartWhoseAgentDidNotStartAgainIsStoppedAtOnceWithoutWaitingForASnapshot() throws Exception {
        DeploymentResponse d = running();
        long first = d.instanceId();
        hibernated(d);
        // An image that ran the agent from a first-boot hook: after the restart nothing reports.
        tokens.revoke(d.id());

        hibernation.wake(user, d.id());
        runFor(Duration.ofSeconds(40));
        assertThat(get(d.id()).status()).isEqualTo(DeploymentStatus.running);
        assertThat(get(d.id()).instanceId()).isEqualTo(first);
        sim.setGpuUtilization(first, 0);
        runFor(Duration.ofSeconds(75));

        assertThat(get(d.id()).status())
                .as("stopped within seconds, not after the 10-minute snapshot timeout")
                .isEqualTo(DeploymentStatus.hibernated);
        assertThat(messages(d.id()))
                .filteredOn(m -> m.startsWith("No agent has reported from instance " + first))
                .hasSize(1);
        assertThat(snapshots.list(d.id())).as("only the first hibernation's").hasSize(1);
        assertThat(get(d.id()).hibernation().stage()).isEqualTo("stopped");
        assertThat(get(d.id()).hibernation().snapshotId()).isNull();
    }

    @Test
    void failoverRestoresTheLatestPeriodicSnapshotOnTheNewHost() throws Exception {
        DeploymentResponse d = running();
        hibernation.configure(user, d.id(), new HibernationSettings(false, 5, 60));
        failover.configure(user, d.id(), true, Duration.ofMinutes(5));
        long lost = d.instanceId();
        writeFile(d, "experiment.log", "epoch 1 done");

        runFor(Duration.ofMinutes(5).plusSeconds(5));
        beat(get(d.id()).instanceId());
        runFor(Duration.ofSeconds(5));
        assertThat(snapshots.latest(d.id())).as("a periodic snapshot").isPresent();
        writeFile(d, "late.log", "written after the snapshot");

        UUID snapshot = snapshots.latest(d.id()).orElseThrow().id();
        sim.loseHost(lost);
        runFor(Duration.ofMinutes(2).plusSeconds(5));
        awaitRestored(d, snapshot);
        runFor(Duration.ofSeconds(45));

        DeploymentResponse moved = get(d.id());
        assertThat(moved.status()).isEqualTo(DeploymentStatus.running);
        assertThat(moved.instanceId()).isNotEqualTo(lost);
        assertThat(readFile(moved, "experiment.log")).isEqualTo("epoch 1 done");
        assertThat(fileStatus(moved, "late.log"))
                .as("work after the last snapshot went with the host")
                .isEqualTo(404);
        assertThat(messages(d.id()))
                .anyMatch(
                        m -> m.startsWith("Failover: its host was lost") && m.contains("restores the latest snapshot"))
                .anyMatch(m -> m.startsWith("Workspace restored from snapshot"));
        assertThat(failover.list(user))
                .filteredOn(s -> s.deploymentId().equals(d.id()))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.restoresWorkspace()).isTrue();
                    assertThat(s.snapshotIntervalSeconds()).isEqualTo(300);
                    assertThat(s.latestSnapshotAt()).isNotNull();
                });
    }

    @Test
    void destroyingTheDeploymentDeletesItsSnapshotsAndTheirObjects() throws Exception {
        DeploymentResponse d = running();
        writeFile(d, "x.txt", "x");
        hibernated(d);
        UUID snapshot = snapshots.list(d.id()).getFirst().id();
        assertThat(objects("snapshots/" + d.id() + "/" + snapshot + "/")).isNotEmpty();

        deployments.destroy(user, d.id());
        runFor(Duration.ofSeconds(5));

        assertThat(snapshots.list(d.id())).isEmpty();
        assertThat(objects("snapshots/" + d.id() + "/")).isEmpty();
        assertThat(messages(d.id())).anyMatch(m -> m.equals("Deleted its 1 workspace snapshot"));
    }

    @Test
    void theAgentsGpuFigureCountsWhenTheProviderHasNoneAndWhenItIsBusier() {
        DeploymentResponse d = running();
        long instance = d.instanceId();
        String agent = tokens.issue(d.id());
        ApiClient server = new ApiClient(port);

        // The host hides its figures, and the agent's boot heartbeat goes stale (older than 2 minutes is no reading
        // of now): missing data, so it keeps running...
        sim.hideGpuUtilization(instance);
        hibernation.configure(user, d.id(), new HibernationSettings(false, 5, 60));
        runFor(Duration.ofSeconds(80));
        hibernation.configure(user, d.id(), ONE_MINUTE);
        runFor(Duration.ofSeconds(70));
        assertThat(get(d.id()).status()).isEqualTo(DeploymentStatus.running);
        assertThat(get(d.id()).hibernation().lastSignal()).startsWith("GPU utilisation unknown");

        // ...until the agent reports the GPU idle from inside the instance.
        for (int i = 0; i < 8; i++) {
            assertThat(server.post("/api/v1/agent/heartbeat", "{\"gpu_util\":1.5}", agent)
                            .status())
                    .isEqualTo(200);
            runFor(Duration.ofSeconds(10));
        }
        assertThat(get(d.id()).status()).isEqualTo(DeploymentStatus.hibernating);
        deployments.destroy(user, d.id());
        runFor(Duration.ofSeconds(5));

        // The provider says idle but the agent sees the GPU busy: the busier figure wins.
        DeploymentResponse other = running();
        String otherAgent = tokens.issue(other.id());
        sim.setGpuUtilization(other.instanceId(), 1);
        for (int i = 0; i < 8; i++) {
            server.post("/api/v1/agent/heartbeat", "{\"gpu_util\":85}", otherAgent);
            runFor(Duration.ofSeconds(10));
        }
        assertThat(get(other.id()).status()).isEqualTo(DeploymentStatus.running);
        assertThat(get(other.id()).hibernation().lastSignal()).startsWith("GPU 85 %");
    }

    /** A running JupyterLab deployment whose agent has reported, with hibernation after one idle minute. */
    private DeploymentResponse running() {
        DeploymentResponse d = deployments.deploy(
                user,
                "jupyter-lab",
                new DeployRequest(null, null, null, Map.of(), null, ProvisioningStrategy.roundrobin));
        runFor(Duration.ofSeconds(45));
        // A cold first boot heartbeat can take longer than the 45 virtual seconds above.
        awaitRunning(d.id());
        return hibernation.configure(user, d.id(), ONE_MINUTE);
    }

    /** Idle for a minute: snapshot (its agent beaten to take the command), stop. */
    private void hibernated(DeploymentResponse d) throws Exception {
        long instance = get(d.id()).instanceId();
        sim.setGpuUtilization(instance, 0);
        runFor(Duration.ofSeconds(65));
        assertThat(get(d.id()).status()).isEqualTo(DeploymentStatus.hibernating);
        assertThat(messages(d.id())).anyMatch(m -> m.startsWith("Snapshotting the workspace before stopping"));
        beat(instance);
        runFor(Duration.ofSeconds(15));
        assertThat(get(d.id()).status()).isEqualTo(DeploymentStatus.hibernated);
        assertThat(messages(d.id())).anyMatch(m -> m.startsWith("Workspace snapshot taken: "));
    }

    /**
     * Waits, in real time, for a new instance's agent to finish its restore: the agent runs on its own thread at the
     * instance's creation, while the test moves virtual time far faster than a restore takes.
     */
    /** The 409's detail when the snapshot may not be deleted. */
    private String refusedDelete(DeploymentResponse d, SnapshotResponse snapshot) {
        cloud.dumont.platform.ProblemException refused = org.assertj.core.api.Assertions.catchThrowableOfType(
                cloud.dumont.platform.ProblemException.class, () -> access.checkDeletable(user, d.id(), snapshot.id()));
        assertThat(refused).as("a refusal").isNotNull();
        assertThat(refused.getStatusCode().value()).isEqualTo(409);
        assertThat(snapshots.find(snapshot.id())).as("still there").isPresent();
        return refused.getBody().getDetail();
    }

    private void awaitRestored(DeploymentResponse d, UUID snapshot) {
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> commands.restoreOutcome(d.id(), snapshot)
                        .map(c -> c.status().equals("done"))
                        .orElse(false));
    }

    private void beat(long instanceId) throws IOException, InterruptedException {
        sim.agentHeartbeat(instanceId);
    }

    private static ApiClient jupyter(DeploymentResponse d) {
        return new ApiClient(URI.create(d.endpoints().getFirst().url()).getPort());
    }

    private void writeFile(DeploymentResponse d, String path, String text) {
        DeploymentResponse now = get(d.id());
        String body = "{\"type\":\"file\",\"format\":\"text\",\"content\":" + JSON.writeValueAsString(text) + "}";
        assertThat(jupyter(now)
                        .put("/api/contents/" + path, body, now.credentials().secret())
                        .status())
                .isEqualTo(201);
    }

    private String readFile(DeploymentResponse d, String path) {
        ApiClient.Response answer =
                jupyter(d).get("/api/contents/" + path, d.credentials().secret());
        assertThat(answer.status()).as(path).isEqualTo(200);
        return answer.json().get("content").asString();
    }

    private int fileStatus(DeploymentResponse d, String path) {
        return jupyter(d).get("/api/contents/" + path, d.credentials().secret()).status();
    }

    private static List<String> objects(String prefix) {
        return bucket.listObjectsV2(l -> l.bucket(S3MockServer.BUCKET).prefix(prefix)).contents().stream()
                .map(o -> o.key())
                .toList();
    }

    private static String noise(int bytes) {
        byte[] random = new byte[bytes];
        new java.util.Random(11).nextBytes(random);
        return java.util.Base64.getEncoder().encodeToString(random);
    }
}
