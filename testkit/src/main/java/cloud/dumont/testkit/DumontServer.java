package cloud.dumont.testkit;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The packaged server jar, started once per test run as its own process on the embedded defaults (fresh H2 data
 * directory, in-process cache, simulated cloud), exactly as README tells a newcomer to run it.
 */
public final class DumontServer implements AutoCloseable {

    /** The administrator the embedded defaults create on first start. */
    public static final String ADMIN_EMAIL = "admin@dumont.local";

    public static final String ADMIN_PASSWORD = "dumont-admin";

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final int port;
    private final Path log;

    private DumontServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** The one server of this test run, started on first use and stopped when the run ends. */
    public static DumontServer shared(ExtensionContext context) {
        return context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(DumontServer.class, k -> start(), DumontServer.class);
    }

    /** The server's base URL, without a trailing slash. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /**
     * Starts the jar on a free port. The port is free when chosen but the server binds it seconds later, and other
     * processes on the machine (the simulator's instance apps among them) may take it meanwhile: then it tries again
     * on another port.
     */
    private static DumontServer start() {
        for (int attempt = 1; ; attempt++) {
            try {
                return startOnce();
            } catch (PortTakenException e) {
                if (attempt == 3) {
                    throw new IllegalStateException("The server found its port taken three times", e);
                }
            }
        }
    }

    private static final class PortTakenException extends RuntimeException {
        PortTakenException(String message) {
            super(message);
        }
    }

    private static DumontServer startOnce() {
        try {
            Path jar = Path.of(System.getProperty("dumont.server.jar", "../server/target/dumont-server-exec.jar"));
            if (!Files.exists(jar)) {
                throw new IllegalStateException("Build the server first: " + jar.toAbsolutePath() + " is missing");
            }
            int port = freePort();
            Path dataDir = Files.createTempDirectory("dumont-test-server");
            Path log = Path.of("target", "dumont-server.log");
            Files.createDirectories(log.getParent());
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar",
                    jar.toAbsolutePath().toString()));
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("APP_PORT", Integer.toString(port));
            builder.environment().put("DUMONT_DATA_DIR", dataDir.toString());
            builder.environment().remove("DATABASE_URL");
            builder.environment().remove("REDIS_URL");
            builder.environment().remove("VAST_API_KEY");
            // Never the developer's own cluster from ~/.kube/config: tests run on the simulated one.
            builder.environment().put("DUMONT_KUBERNETES_MODE", "simulated");
            builder.environment().remove("KUBECONFIG");
            // Short simulated boots keep the deploy test quick; the product's default is 8–20 s.
            builder.environment().put("DUMONT_VAST_SIMULATOR_BOOT_TIME_MIN", "3s");
            builder.environment().put("DUMONT_VAST_SIMULATOR_BOOT_TIME_MAX", "5s");
            // One server serves a whole suite: a deployment a test keeps for minutes must not hibernate under it.
            // Hibernation is tested in the server's own tests, and where a test here wants it, it turns it on.
            builder.environment().put("DUMONT_HIBERNATION_ENABLED", "false");
            builder.environment().put("DUMONT_FAILOVER_ENABLED", "false");
            DumontServer server = new DumontServer(builder.start(), port, log);
            // Also stop the server if the test JVM ends without closing the extension store.
            Runtime.getRuntime().addShutdownHook(new Thread(server.process::destroyForcibly));
            server.awaitHealthy();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the server jar", e);
        }
    }

    private void awaitHealthy() throws IOException {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                String output = Files.readString(log);
                if (output.contains("Port " + port + " was already in use")) {
                    throw new PortTakenException("Port " + port + " was taken before the server could bind it");
                }
                throw new IllegalStateException("The server exited during start-up:\n" + output);
            }
            try {
                HttpResponse<String> r = http.send(
                        HttpRequest.newBuilder(URI.create(url("/actuator/health/readiness")))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep();
        }
        close();
        throw new IllegalStateException(
                "The server was not healthy within " + STARTUP_TIMEOUT + ":\n" + Files.readString(log));
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
