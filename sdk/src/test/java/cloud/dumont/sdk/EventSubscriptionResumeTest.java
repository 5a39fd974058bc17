package cloud.dumont.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.dumont.api.deployment.DeploymentEventResponse;
import cloud.dumont.api.deployment.DeploymentStatus;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A fake event stream that behaves like the server's (it sends the events after {@code Last-Event-ID}) but drops the
 * first connection after two events.
 */
class EventSubscriptionResumeTest {

    private static final UUID DEPLOYMENT = UUID.randomUUID();

    private final List<String> lastEventIds = new CopyOnWriteArrayList<>();
    private final List<String> paths = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private volatile boolean hang;
    private HttpServer fake;
    private DumontClient client;

    @BeforeEach
    void start() throws IOException {
        fake = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        fake.createContext("/", this::stream);
        fake.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        fake.start();
        client = DumontClient.builder("http://127.0.0.1:" + fake.getAddress().getPort())
                .token("dmt_test")
                .build();
    }

    @AfterEach
    void stop() {
        fake.stop(0);
    }

    private void stream(HttpExchange exchange) throws IOException {
        int connection = connections.incrementAndGet();
        paths.add(exchange.getRequestURI().getPath() + " "
                + exchange.getRequestHeaders().getFirst("Accept"));
        String lastEventId = exchange.getRequestHeaders().getFirst("Last-Event-ID");
        lastEventIds.add(String.valueOf(lastEventId));
        long after = lastEventId == null ? 0 : Long.parseLong(lastEventId);
        long upTo = connection == 1 ? 2 : 3;
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(":connected\n\n".getBytes(StandardCharsets.UTF_8));
            for (long seq = after + 1; seq <= upTo; seq++) {
                out.write(event(seq).getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
            if (hang) {
                out.flush();
                sleepQuietly(30_000);
            }
        }
    }

    private static String event(long seq) {
        String status =
                switch ((int) seq) {
                    case 1 -> "provisioning";
                    case 2 -> "starting";
                    default -> "destroyed";
                };
        return "id: %d\nevent: deployment\ndata: {\"seq\": %d, \"deployment_id\": \"%s\", \"at\": \"2025-01-01T00:00:0%dZ\","
                        .formatted(seq, seq, DEPLOYMENT, seq)
                + " \"type\": \"status\", \"status\": \"%s\", \"message\": \"step %d\"}\n\n".formatted(status, seq);
    }

    @Test
    void aDroppedConnectionResumesAfterTheLastEventAndMissesOrRepeatsNothing() throws InterruptedException {
        List<DeploymentEventResponse> received = new CopyOnWriteArrayList<>();
        List<DumontException> errors = new ArrayList<>();

        try (EventSubscription subscription =
                client.deployments().subscribe(DEPLOYMENT, 0, received::add, errors::add)) {
            assertThat(subscription.awaitEnd(Duration.ofSeconds(10))).isTrue();
            assertThat(subscription.lastSeq()).isEqualTo(3);
        }

        assertThat(received).extracting(DeploymentEventResponse::seq).containsExactly(1L, 2L, 3L);
        assertThat(received)
                .extracting(DeploymentEventResponse::status)
                .containsExactly(DeploymentStatus.provisioning, DeploymentStatus.starting, DeploymentStatus.destroyed);
        assertThat(received.getFirst().deploymentId()).isEqualTo(DEPLOYMENT);
        assertThat(received.getFirst().message()).isEqualTo("step 1");
        assertThat(lastEventIds).containsExactly("null", "2");
        assertThat(paths).allSatisfy(p -> assertThat(p)
                .isEqualTo("/api/v1/deployments/" + DEPLOYMENT + "/events text/event-stream"));
        assertThat(errors).isEmpty();
    }

    @Test
    void aSubscriptionAfterASeqSendsItAsLastEventId() throws InterruptedException {
        List<DeploymentEventResponse> received = new CopyOnWriteArrayList<>();

        try (EventSubscription subscription = client.deployments().subscribe(DEPLOYMENT, 2, received::add, e -> {})) {
            assertThat(subscription.awaitEnd(Duration.ofSeconds(10))).isTrue();
        }

        // The first connection is dropped before anything new; every connection asks for what follows seq 2.
        assertThat(lastEventIds).containsOnly("2");
        assertThat(received).extracting(DeploymentEventResponse::seq).containsExactly(3L);
    }

    @Test
    void closeEndsAnOpenSubscriptionAtOnce() throws InterruptedException {
        hang = true;
        List<DeploymentEventResponse> received = new CopyOnWriteArrayList<>();
        EventSubscription subscription = client.deployments().subscribe(DEPLOYMENT, 0, received::add, e -> {});
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (received.size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(received).hasSize(2);

        subscription.close();

        assertThat(subscription.awaitEnd(Duration.ofSeconds(2))).isTrue();
        assertThat(connections.get()).isEqualTo(1);
        assertThat(received).hasSize(2);
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
