package cloud.dumont.agent;

import static cloud.dumont.agent.AgentScriptRunner.digests;
import static cloud.dumont.agent.AgentScriptRunner.sha256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cloud.dumont.agent.AgentScriptRunner.Outcome;
import cloud.dumont.agent.AgentScriptRunner.Shell;
import cloud.dumont.api.snapshots.SnapshotManifest;
import cloud.dumont.api.snapshots.SnapshotResponse;
import cloud.dumont.snapshots.Snapshots;
import cloud.dumont.snapshots.internal.ObjectStore;
import cloud.dumont.snapshots.internal.SnapshotKeys;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real instance agent, the shell script served at {@code /agent.sh}, run as a process under sh, dash and busybox
 * (when installed) against the running server and its local snapshot store: it snapshots a workspace in several
 * chunks, restores it byte for byte, refuses a tampered chunk without touching the workspace, keeps its token out of
 * every output, does nothing without its environment, and in boot mode restores first, then leaves its loop behind.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // Small chunks, so a workspace of a few hundred kilobytes makes several objects.
        properties = "dumont.snapshots.chunk-size=64KB")
@ActiveProfiles("test")
class AgentScriptIntegrationTest {

    static final int CHUNK = 64 * 1024;
    static final Shell SH = new Shell("sh", List.of("sh"), false);

    @LocalServerPort
    int port;

    @Autowired
    AgentTokens tokens;

    @Autowired
    AgentCommands commands;

    @Autowired
    AgentReports reports;

    @Autowired
    Snapshots snapshots;

    @Autowired
    ObjectStore store;

    @Autowired
    JsonMapper json;

    @TempDir
    Path dir;

    final HttpClient http = HttpClient.newHttpClient();
    UUID deploymentId;
    String token;
    Path workspace;
    AgentScriptRunner runner;

    @BeforeEach
    void instance() throws Exception {
        // Tokens, commands and snapshots are keyed by a deployment id alone; no deployment row is needed.
        deploymentId = UUID.randomUUID();
        token = tokens.issue(deploymentId);
        workspace = Files.createDirectories(dir.resolve("workspace"));
        Path script = dir.resolve("dumont-agent.sh");
        Files.write(script, get("/agent.sh", Map.of()).body());
        runner = new AgentScriptRunner(script, dir);
    }

    @AfterEach
    void stopBackgroundLoop() throws IOException {
        Path pidFile = runner.tmp().resolve("dumont-agent.pid");
        if (Files.exists(pidFile)) {
            ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim())).ifPresent(ProcessHandle::destroy);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cloud.dumont.agent.AgentScriptRunner#shells")
    void aSnapshotInChunksRestoresTheWorkspaceByteForByte(Shell shell) throws Exception {
        Map<String, String> before = fillWorkspace();
        UUID snapshotId = commands.requestSnapshot(deploymentId);

        Outcome snapshot = runner.run(shell, "once", agentEnv());

        assertThat(snapshot.exitCode()).as(snapshot.stderr()).isZero();
        assertThat(commands.state(snapshotId).orElseThrow().status())
                .as(snapshot.stderr())
                .isEqualTo("done");
        SnapshotResponse stored = snapshots.find(snapshotId).orElseThrow();
        assertThat(stored.status()).isEqualTo("complete");
        SnapshotManifest manifest = storedManifest(snapshotId);
        assertThat(manifest.formatVersion()).isEqualTo(1);
        assertThat(manifest.chunkSize()).isEqualTo(CHUNK);
        // 200 KiB of random bytes does not compress: at least four chunks.
        assertThat(manifest.totalBytes()).isEqualTo(stored.bytes()).isGreaterThan(200 * 1024);
        int chunkCount = (int) ((manifest.totalBytes() + CHUNK - 1) / CHUNK);
        assertThat(stored.chunkCount()).isEqualTo(chunkCount).isGreaterThanOrEqualTo(4);
        assertThat(manifest.chunks()).hasSize(chunkCount);
        for (SnapshotManifest.Chunk chunk : manifest.chunks()) {
            byte[] object = store.get(SnapshotKeys.chunk(deploymentId, snapshotId, chunk.index()));
            assertThat(object).as("chunk %d", chunk.index()).hasSize((int) chunk.bytes());
            assertThat(sha256(object)).isEqualTo(chunk.sha256());
            if (chunk.index() < chunkCount - 1) {
                assertThat(chunk.bytes()).isEqualTo(CHUNK);
            }
        }
        ActivitySample beat = reports.latest(deploymentId).orElseThrow();
        assertThat(beat.gpuUtil()).as("the mean of the two GPUs").isEqualTo(40.0);
        assertThat(beat.appKind()).isNull();
        assertThat(beat.workspaceBytes()).isGreaterThan(200L * 1024);

        // A new host's workspace, holding something else.
        Files.writeString(workspace.resolve("notes.txt"), "overwritten");
        deleteTree(workspace.resolve("models"));
        Files.writeString(workspace.resolve("stray.txt"), "not in the snapshot");
        UUID restore = commands.requestRestore(deploymentId, snapshotId);

        Outcome restored = runner.run(shell, "once", agentEnv());

        assertThat(restored.exitCode()).as(restored.stderr()).isZero();
        assertThat(commands.state(restore).orElseThrow().status())
                .as(restored.stderr())
                .isEqualTo("done");
        assertThat(digests(workspace)).isEqualTo(before);
        assertThat(workspace.resolve("stray.txt")).doesNotExist();
        assertThat(workspace.resolve("empty")).isEmptyDirectory();
        assertNoStagingLeft();
        assertTokenNotIn(snapshot, restored);
    }

    @Test
    void aTamperedChunkFailsTheRestoreAndLeavesTheWorkspaceAsItWas() throws Exception {
        fillWorkspace();
        UUID snapshotId = commands.requestSnapshot(deploymentId);
        assertThat(runner.run(SH, "once", agentEnv()).exitCode()).isZero();
        assertThat(commands.state(snapshotId).orElseThrow().status()).isEqualTo("done");
        String key = SnapshotKeys.chunk(deploymentId, snapshotId, 1);
        byte[] chunk = store.get(key);
        chunk[100] ^= 0x5a; // the same size: only its checksum can tell
        store.put(key, chunk);
        Files.writeString(workspace.resolve("notes.txt"), "edited after the snapshot");
        Files.writeString(workspace.resolve("stray.txt"), "new since");
        Map<String, String> current = digests(workspace);
        UUID restore = commands.requestRestore(deploymentId, snapshotId);

        Outcome outcome = runner.run(SH, "once", agentEnv());

        assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
        CommandState state = commands.state(restore).orElseThrow();
        assertThat(state.status()).isEqualTo("failed");
        assertThat(state.error()).isEqualTo("restore failed: chunk 1 does not match its checksum");
        assertThat(digests(workspace)).isEqualTo(current);
        assertNoStagingLeft();
        assertTokenNotIn(outcome);
    }

    @Test
    void aChunkDownloadRefusedOnceIsTriedAgainWithAFreshPlan() throws Exception {
        Map<String, String> before = fillWorkspace();
        UUID snapshotId = commands.requestSnapshot(deploymentId);
        assertThat(runner.run(SH, "once", agentEnv()).exitCode()).isZero();
        deleteTree(workspace.resolve("data"));
        UUID restore = commands.requestRestore(deploymentId, snapshotId);
        // Stands in for a plan whose URLs expired during a long restore: the first GET of chunk 1 answers 403.
        Path refused = dir.resolve("refused-once");
        String realCurl = AgentScriptRunner.onPath("curl").orElseThrow();
        runner.fake(
                "curl",
                """
                #!/bin/sh
                for a in "$@"; do
                    case $a in *snapshot-store/*chunk-00001*)
                        if [ ! -e %1$s ]; then : >%1$s; printf 403; exit 0; fi ;;
                    esac
                done
                exec %2$s "$@"
                """
                        .formatted(refused, realCurl));

        Outcome outcome = runner.run(SH, "once", agentEnv());

        assertThat(refused).exists();
        assertThat(outcome.stderr()).contains("chunk 1: storage answered 403; trying again with a fresh plan");
        assertThat(commands.state(restore).orElseThrow().status())
                .as(outcome.stderr())
                .isEqualTo("done");
        assertThat(digests(workspace)).isEqualTo(before);
        assertTokenNotIn(outcome);
    }

    @Test
    void aSnapshotThatCannotBeMadeIsReportedFailedWithItsReason() throws Exception {
        UUID snapshotId = commands.requestSnapshot(deploymentId);
        Map<String, String> env = new HashMap<>(agentEnv());
        Path missing = dir.resolve("no-such-workspace");
        env.put("DUMONT_WORKSPACE", missing.toString());

        Outcome outcome = runner.run(SH, "once", env);

        assertThat(outcome.exitCode()).isZero();
        CommandState state = commands.state(snapshotId).orElseThrow();
        assertThat(state.status()).isEqualTo("failed");
        assertThat(state.error()).isEqualTo("snapshot failed: " + missing + " is not a directory");
        assertThat(snapshots.find(snapshotId).orElseThrow().status()).isEqualTo("failed");
        assertThat(reports.latest(deploymentId).orElseThrow().workspaceBytes()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cloud.dumont.agent.AgentScriptRunner#shells")
    void bootRestoresBeforeItReturnsThenLeavesItsLoopBeating(Shell shell) throws Exception {
        Map<String, String> before = fillWorkspace();
        UUID snapshotId = commands.requestSnapshot(deploymentId);
        assertThat(runner.run(shell, "once", agentEnv()).exitCode()).isZero();
        deleteTree(workspace);
        UUID restore = commands.requestRestore(deploymentId, snapshotId);
        long started = System.nanoTime();

        Outcome boot = runner.run(shell, null, agentEnv());

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
        assertThat(boot.exitCode()).as(boot.stderr()).isZero();
        assertThat(commands.state(restore).orElseThrow().status()).isEqualTo("done");
        assertThat(digests(workspace)).isEqualTo(before);
        Path pidFile = runner.tmp().resolve("dumont-agent.pid");
        ProcessHandle loop = ProcessHandle.of(
                        Long.parseLong(Files.readString(pidFile).trim()))
                .orElseThrow();
        long beats = reports.beats(deploymentId);
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> reports.beats(deploymentId) >= beats + 2);
        assertThat(loop.isAlive()).isTrue();

        loop.destroy();

        await().atMost(Duration.ofSeconds(10)).until(() -> !loop.isAlive());
        await().atMost(Duration.ofSeconds(5)).until(() -> !Files.exists(pidFile));
        String log = Files.readString(runner.tmp().resolve("dumont-agent.log"));
        assertThat(log).contains("heartbeats every 1s").doesNotContain(token);
        assertTokenNotIn(boot);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cloud.dumont.agent.AgentScriptRunner#shells")
    void anEntrypointsCommandWrappedForTheAgentRunsAfterItsBootWithItsWordsIntact(Shell shell) throws Exception {
        List<String> words = List.of("--ServerApp.ip=0.0.0.0", "two words", "it's \"quoted\"", "$HOME", "*", "");
        Outcome outcome = runner.runCommand(shell, wrapped(shell, words), appEnv(agentEnv()));

        assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
        List<String> seen = Files.readAllLines(dir.resolve("app-args"));
        assertThat(seen.getFirst())
                .as("the agent's boot step had run, leaving its loop, when the app started")
                .isEqualTo("agent running");
        assertThat(seen.subList(1, seen.size()))
                .as("no word split, expanded or lost")
                .isEqualTo(words);
        assertThat(reports.beats(deploymentId)).isPositive();
        assertTokenNotIn(outcome);
    }

    @Test
    void aWrappedCommandStillStartsItsAppWhenTheAgentCannotBeFetched() throws Exception {
        Shell sh = AgentScriptRunner.shells().findFirst().orElseThrow();
        Map<String, String> unreachable = new HashMap<>(agentEnv());
        unreachable.put("DUMONT_AGENT_URL", "http://127.0.0.1:9");

        Outcome outcome = runner.runCommand(sh, wrapped(sh, List.of("--port", "8888")), appEnv(unreachable));

        assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
        assertThat(Files.readAllLines(dir.resolve("app-args"))).containsExactly("no agent", "--port", "8888");
        assertThat(reports.beats(deploymentId)).isZero();
    }

    /**
     * An entrypoint's arguments as {@link AgentLaunch#bootingBefore} wraps them, run by {@code shell}, for an app
     * that writes whether the agent's loop was running and then each word it got, one per line, to app-args.
     */
    private List<String> wrapped(Shell shell, List<String> words) throws IOException {
        Path app = dir.resolve("app");
        Files.writeString(
                app,
                "#!/bin/sh\n"
                        + "{ if [ -f \"$TMPDIR/dumont-agent.pid\" ]; then echo 'agent running'; else echo 'no agent'; fi\n"
                        + "  for a in \"$@\"; do printf '%s\\n' \"$a\"; done; } > \"$APP_OUT\"\n");
        assertThat(app.toFile().setExecutable(true)).isTrue();
        List<String> command = new ArrayList<>(List.of(app.toString()));
        command.addAll(words);
        List<String> args = AgentLaunch.bootingBefore(command);
        assertThat(args.getFirst()).isEqualTo("sh");
        List<String> run = new ArrayList<>(shell.command());
        run.addAll(args.subList(1, args.size()));
        return run;
    }

    private Map<String, String> appEnv(Map<String, String> agent) {
        Map<String, String> env = new HashMap<>(agent);
        env.put("APP_OUT", dir.resolve("app-args").toString());
        return env;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cloud.dumont.agent.AgentScriptRunner#shells")
    void withoutItsEnvironmentTheAgentQuietlyDoesNothing(Shell shell) throws Exception {
        for (String mode : new String[] {null, "boot", "once", "run"}) {
            Outcome outcome = runner.run(shell, mode, Map.of());
            assertThat(outcome.exitCode()).as("mode %s", mode).isZero();
            assertThat(outcome.stdout() + outcome.stderr()).as("mode %s", mode).isEmpty();
        }
        assertThat(runner.tmp().resolve("dumont-agent.pid")).doesNotExist();
    }

    @Test
    void aRefusedHeartbeatIsLoggedWithoutTheToken() throws Exception {
        Map<String, String> env = new HashMap<>(agentEnv());
        String wrong = "dma_" + "x".repeat(43);
        env.put("DUMONT_AGENT_TOKEN", wrong);

        Outcome outcome = runner.run(SH, "once", env);

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.stderr())
                .contains("dumont-agent: heartbeat failed: POST /api/v1/agent/heartbeat answered 401");
        assertThat(outcome.stdout() + outcome.stderr()).doesNotContain(wrong).doesNotContain("xxxxxxxx");
    }

    @Test
    void theScriptIsServedToAnyoneAndRevalidatedByItsETag() throws Exception {
        byte[] packaged = new ClassPathResource("agent/dumont-agent.sh").getContentAsByteArray();

        HttpResponse<byte[]> plain = get("/agent.sh", Map.of());
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Type")).hasValue("text/x-shellscript;charset=UTF-8");
        assertThat(plain.body()).isEqualTo(packaged);
        assertThat(new String(plain.body(), StandardCharsets.UTF_8)).startsWith("#!/bin/sh\n");
        String etag = plain.headers().firstValue("ETag").orElseThrow();
        assertThat(plain.headers().firstValue("Cache-Control")).hasValue("no-cache");

        assertThat(get("/agent.sh", Map.of("If-None-Match", etag)).statusCode()).isEqualTo(304);
        assertThat(get("/agent.sh", Map.of("If-None-Match", "\"something-else\""))
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<byte[]> withJunkToken = get("/agent.sh", Map.of("Authorization", "Bearer not-a-jwt"));
        assertThat(withJunkToken.statusCode()).as("an instance's stray header").isEqualTo(200);
    }

    /** A workspace with text, binary, nested, hidden, spaced and incompressible files and an empty directory. */
    private Map<String, String> fillWorkspace() throws IOException {
        Random random = new Random(8);
        write("notes.txt", "epoch 1: loss 0.42\n".getBytes(StandardCharsets.UTF_8));
        write("my results.csv", "step,loss\n1,0.42\n".getBytes(StandardCharsets.UTF_8));
        write(".jupyter/config.json", "{\"theme\":\"dark\"}".getBytes(StandardCharsets.UTF_8));
        byte[] weights = new byte[3000];
        random.nextBytes(weights);
        write("models/weights.bin", weights);
        write("models/runs/7/log.txt", "done\n".getBytes(StandardCharsets.UTF_8));
        byte[] big = new byte[200 * 1024];
        random.nextBytes(big);
        write("data/big.bin", big);
        Files.createDirectories(workspace.resolve("empty"));
        return digests(workspace);
    }

    private void write(String path, byte[] content) throws IOException {
        Path file = workspace.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }

    private Map<String, String> agentEnv() {
        return Map.of(
                // The trailing slash is how people write URLs; the agent must not double it.
                "DUMONT_AGENT_URL",
                "http://127.0.0.1:" + port + "/",
                "DUMONT_AGENT_TOKEN",
                token,
                "DUMONT_WORKSPACE",
                workspace.toString(),
                "DUMONT_AGENT_INTERVAL",
                "1",
                "FAKE_GPU_UTIL",
                "30 50");
    }

    private SnapshotManifest storedManifest(UUID snapshotId) {
        return json.readValue(store.get(SnapshotKeys.manifest(deploymentId, snapshotId)), SnapshotManifest.class);
    }

    private HttpResponse<byte[]> get(String path, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        headers.forEach(request::header);
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private void assertTokenNotIn(Outcome... outcomes) {
        for (Outcome outcome : outcomes) {
            assertThat(outcome.stdout() + outcome.stderr())
                    .doesNotContain(token)
                    .doesNotContain(token.substring(4));
        }
    }

    private void assertNoStagingLeft() throws IOException {
        try (Stream<Path> entries = Files.list(workspace)) {
            assertThat(entries.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".dumont-restore"));
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
