package cloud.dumont.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The builder's settings, seen from a fake server: what each request carries, and how long it may take. */
class DumontClientTest {

    private static final String INFO = "{\"version\": \"9.9\", \"simulated_cloud\": true,"
            + " \"default_admin_credentials\": false, \"signup_enabled\": false, \"database\": \"h2\","
            + " \"cache\": \"memory\"}";

    private volatile String answer = INFO;
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private volatile long delayMillis;
    private HttpServer fake;
    private String url;

    @BeforeEach
    void start() throws IOException {
        fake = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        fake.createContext("/", exchange -> {
            seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " | "
                    + exchange.getRequestHeaders().getFirst("Authorization") + " | "
                    + exchange.getRequestHeaders().getFirst("User-Agent"));
            sleep(delayMillis);
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        fake.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        fake.start();
        url = "http://127.0.0.1:" + fake.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        fake.stop(0);
    }

    @Test
    void theTokenAndUserAgentGoWithEveryRequestAndWithTokenReplacesTheToken() {
        DumontClient client = DumontClient.builder(url + "/")
                .token("  dmt_first  ")
                .userAgent("my-notebook/1.0")
                .build();

        assertThat(client.info().version()).isEqualTo("9.9");
        assertThat(client.info().simulatedCloud()).isTrue();
        client.withToken("dmt_second").info();
        DumontClient.builder(url).token(" ").build().info();

        assertThat(client.baseUrl().toString()).isEqualTo(url);
        assertThat(seen)
                .containsExactly(
                        "GET /api/v1/info | Bearer dmt_first | my-notebook/1.0",
                        "GET /api/v1/info | Bearer dmt_first | my-notebook/1.0",
                        "GET /api/v1/info | Bearer dmt_second | my-notebook/1.0",
                        "GET /api/v1/info | null | dumont-sdk-java");
    }

    @Test
    void anAnswerFromAServerOfAnotherVersionStillReads() {
        // An older server without some fields, a newer one with more: both read, the missing flag as false.
        answer = "{\"version\": \"0.9\", \"simulated_cloud\": true, \"gpu_markets\": [\"vast\"]}";

        var info = DumontClient.builder(url).build().info();

        assertThat(info.version()).isEqualTo("0.9");
        assertThat(info.simulatedCloud()).isTrue();
        assertThat(info.signupEnabled()).isFalse();
    }

    @Test
    void aRequestSlowerThanTheTimeoutIsAConnectionFailure() {
        delayMillis = 2000;
        DumontClient client =
                DumontClient.builder(url).timeout(Duration.ofMillis(200)).build();

        DumontException e = catchThrowableOfType(DumontException.class, client::info);

        assertThat(e.isConnectionFailure()).isTrue();
        assertThat(e.getCause()).isInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void aBaseUrlWithAPathKeepsIt() {
        DumontClient client = DumontClient.builder(url + "/dumont/").build();

        assertThat(client.info().version()).isEqualTo("9.9");

        assertThat(seen).singleElement().asString().startsWith("GET /dumont/api/v1/info |");
    }

    @Test
    void anOwnHttpClientIsUsed() {
        HttpClient own =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        DumontClient client = DumontClient.builder(url).httpClient(own).build();

        assertThat(client.info().version()).isEqualTo("9.9");
    }

    @Test
    void aBaseUrlWithoutSchemeOrHostIsRefusedAtOnce() {
        assertThatThrownBy(() -> DumontClient.builder("localhost:8000")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DumontClient.builder("/api")).isInstanceOf(IllegalArgumentException.class);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
