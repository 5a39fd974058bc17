package cloud.dumont.sim.internal.agent;

import cloud.dumont.sim.internal.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleSupplier;

/**
 * The instance agent of a simulated instance, speaking Dumont's agent protocol over real HTTP like the shell agent:
 * heartbeats with GPU and app activity, and the commands they answer. Snapshot: tar+gzip the workspace, cut it into
 * chunks, PUT each to its pre-signed URL, complete with the manifest. Restore: fetch the plan, GET and verify each
 * chunk, unpack into the workspace. Its first heartbeat runs at boot, before the app starts, so a restore asked for
 * before launch is in the workspace when the app first answers.
 */
public final class SimAgent {

    public static final String ENV_URL = "DUMONT_AGENT_URL";

    /** Where a launch fetches the agent script from its server. */
    static final String SCRIPT_PATH = "/agent.sh";

    static final String ENV_PROVISIONING_SCRIPT = "PROVISIONING_SCRIPT";

    /** Images that run {@code PROVISIONING_SCRIPT} before their app: Vast.ai's own and ai-dock's. */
    static final List<String> PROVISIONING_IMAGES = List.of("vastai/", "ghcr.io/ai-dock/");

    public static final String ENV_TOKEN = "DUMONT_AGENT_TOKEN";

    private final String baseUrl;
    private final String token;
    private final Workspace workspace;
    private final DoubleSupplier gpuUtil;
    private final BooleanSupplier runs;
    private final String appKind;
    private final Duration interval;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final CountDownLatch booted = new CountDownLatch(1);
    private volatile boolean stopped;

    public SimAgent(
            Map<String, String> env,
            Workspace workspace,
            DoubleSupplier gpuUtil,
            BooleanSupplier runs,
            String appKind,
            Duration interval) {
        String url = env.get(ENV_URL);
        this.baseUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.token = env.get(ENV_TOKEN);
        this.workspace = workspace;
        this.gpuUtil = gpuUtil;
        this.runs = runs;
        this.appKind = appKind;
        this.interval = interval;
    }

    /**
     * Whether the launch would start an agent on Vast.ai: its environment names a server and a token, and something
     * runs the script. Either its command line fetches it (an onstart command, or arguments that an exec-style
     * ENTRYPOINT runs), or the image runs {@code PROVISIONING_SCRIPT} before its app, as Vast.ai's own images and
     * ai-dock's do. An image that does neither (vLLM's, whose ENTRYPOINT is the server) runs no agent here either.
     */
    public static boolean wanted(Map<String, String> env, String image, List<String> args, String onstart) {
        String url = env.get(ENV_URL);
        String token = env.get(ENV_TOKEN);
        if (url == null || url.isBlank() || token == null || token.isBlank()) {
            return false;
        }
        boolean fetched = (onstart != null && onstart.contains(SCRIPT_PATH))
                || args.stream().anyMatch(a -> a.contains(SCRIPT_PATH));
        boolean provisioned = env.getOrDefault(ENV_PROVISIONING_SCRIPT, "").contains(SCRIPT_PATH)
                && image != null
                && PROVISIONING_IMAGES.stream().anyMatch(image::startsWith);
        return fetched || provisioned;
    }

    /** The agent's life: the boot heartbeat (and its command), then one heartbeat per interval until stopped. */
    public void run() {
        try {
            beatQuietly();
        } finally {
            booted.countDown();
        }
        while (!stopped) {
            try {
                Thread.sleep(interval);
            } catch (InterruptedException e) {
                return;
            }
            if (!stopped && runs.getAsBoolean()) { // a stopped container runs no agent
                beatQuietly();
            }
        }
    }

    /** Whether the boot step is over, so the app may start. */
    public boolean booted() {
        return booted.getCount() == 0;
    }

    public boolean awaitBoot(Duration timeout) throws InterruptedException {
        return booted.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public void stop() {
        stopped = true;
    }

    private void beatQuietly() {
        try {
            beat();
        } catch (IOException | RuntimeException e) {
            // a real agent logs and tries again next interval; so does this one
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One heartbeat now, and the command it answers carried out; returns that command's name. */
    public synchronized String beat() throws IOException, InterruptedException {
        Map<String, Object> app = new HashMap<>();
        app.put("kind", appKind);
        app.put("busy", null);
        app.put("detail", null);
        Map<String, Object> body = new HashMap<>();
        double gpu = gpuUtil.getAsDouble();
        body.put("gpu_util", Double.isNaN(gpu) ? null : gpu); // a host hiding its figures: nvidia-smi reads nothing
        body.put("app", app);
        body.put("workspace_bytes", workspace.bytes());
        Map<String, Object> answer = object(call("POST", "/api/v1/agent/heartbeat", body));
        String command = String.valueOf(answer.get("command"));
        switch (command) {
            case "snapshot" ->
                snapshot((String) answer.get("snapshot_id"), ((Number) answer.get("chunk_size")).intValue());
            case "restore" -> restore((String) answer.get("command_id"), (String) answer.get("snapshot_id"));
            default -> {}
        }
        return command;
    }

    private void snapshot(String snapshotId, int chunkSize) throws IOException, InterruptedException {
        String base = "/api/v1/agent/snapshots/" + snapshotId;
        try {
            byte[] archive = WorkspaceArchive.pack(workspace.snapshot());
            List<Map<String, Object>> chunks = new ArrayList<>();
            for (int index = 0, offset = 0; offset < archive.length || index == 0; index++, offset += chunkSize) {
                byte[] chunk = Arrays.copyOfRange(archive, offset, Math.min(archive.length, offset + chunkSize));
                String url = (String) object(call("POST", base + "/chunks/" + index + "/url", null))
                        .get("url");
                transfer(HttpRequest.newBuilder(URI.create(url)).PUT(HttpRequest.BodyPublishers.ofByteArray(chunk)));
                chunks.add(Map.of("index", index, "bytes", chunk.length, "sha256", sha256(chunk)));
            }
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("format_version", 1);
            manifest.put("chunk_size", chunkSize);
            manifest.put("total_bytes", archive.length);
            manifest.put("chunks", chunks);
            call("POST", base + "/complete", manifest);
        } catch (IOException | RuntimeException e) {
            call("POST", base + "/failed", Map.of("error", "snapshot failed: " + e.getMessage()));
        }
    }

    private void restore(String commandId, String snapshotId) throws IOException, InterruptedException {
        String report = "/api/v1/agent/restores/" + commandId;
        try {
            Map<String, Object> plan =
                    object(call("GET", "/api/v1/agent/snapshots/" + snapshotId + "/restore-plan", null));
            ByteArrayOutputStream archive = new ByteArrayOutputStream();
            for (Object item : (List<?>) plan.get("chunks")) {
                Map<?, ?> chunk = (Map<?, ?>) item;
                byte[] bytes = transfer(HttpRequest.newBuilder(URI.create((String) chunk.get("url")))
                        .GET());
                if (bytes.length != ((Number) chunk.get("bytes")).longValue()
                        || !sha256(bytes).equals(chunk.get("sha256"))) {
                    throw new IOException("chunk " + chunk.get("index") + " does not match its checksum");
                }
                archive.write(bytes);
            }
            workspace.replaceWith(WorkspaceArchive.unpack(archive.toByteArray()));
            call("POST", report + "/complete", null);
        } catch (IOException | RuntimeException e) {
            call("POST", report + "/failed", Map.of("error", "restore failed: " + e.getMessage()));
        }
    }

    private byte[] call(String method, String path, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(Json.write(body)));
        return transfer(request);
    }

    private byte[] transfer(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() / 100 != 2) {
            throw new IOException(request.build().method() + " answered " + response.statusCode());
        }
        return response.body();
    }

    private static Map<String, Object> object(byte[] json) {
        return Json.readObject(json);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
