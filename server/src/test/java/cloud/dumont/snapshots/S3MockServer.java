package cloud.dumont.snapshots;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Adobe S3Mock, a real S3-compatible HTTP server, run from its published runnable jar (copied to target/s3mock by the
 * build) as a separate JVM on a free loopback port: it is a Spring Boot application of its own, and in-process its
 * libraries would meet ours. One per test JVM, stopped when the JVM exits. It does not check signatures, so what it
 * proves is that our S3 calls and pre-signed URLs work against S3's wire protocol, not that URLs are refused when
 * tampered (the local store's test covers that for our own signatures).
 */
public final class S3MockServer {

    public static final String BUCKET = "dumont-snapshots";
    public static final String ACCESS_KEY = "AKIASNAPSHOTTEST";
    public static final String SECRET_KEY = "snapshot-test-secret-never-shared";

    private static URI endpoint;

    private S3MockServer() {}

    public static synchronized URI endpoint() {
        if (endpoint == null) {
            endpoint = start();
        }
        return endpoint;
    }

    private static URI start() {
        Path jar = Path.of("target", "s3mock", "s3mock.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run the build's generate-test-resources phase");
        }
        try {
            int http = freePort();
            int https = freePort();
            Path root = Files.createTempDirectory("s3mock");
            Process process = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xmx256m",
                            "-XX:TieredStopAtLevel=1",
                            "-jar",
                            jar.toString(),
                            "--http.port=" + http,
                            "--server.port=" + https,
                            "--server.address=127.0.0.1",
                            "--com.adobe.testing.s3mock.store.initial-buckets=" + BUCKET,
                            "--com.adobe.testing.s3mock.store.root=" + root)
                    .redirectErrorStream(true)
                    .redirectOutput(Path.of("target", "s3mock", "s3mock.log").toFile())
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            URI uri = URI.create("http://127.0.0.1:" + http);
            awaitUp(uri, process);
            return uri;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start S3Mock", e);
        }
    }

    private static void awaitUp(URI uri, Process process) {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        Instant deadline = Instant.now().plusSeconds(90);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("S3Mock exited; see target/s3mock/s3mock.log");
            }
            try {
                HttpResponse<Void> response =
                        client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("S3Mock did not answer within 90 s; see target/s3mock/s3mock.log");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
