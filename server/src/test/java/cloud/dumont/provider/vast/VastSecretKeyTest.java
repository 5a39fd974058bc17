package cloud.dumont.provider.vast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The API key stays in the Authorization header: not in a message, a toString, or a log line, even at debug. */
class VastSecretKeyTest {

    private static final String KEY = "b7f3c1d9e2a84f6b9c0d1e2f3a4b5c6d";

    private final Logger adapterLog = (Logger) LoggerFactory.getLogger("cloud.dumont.provider.vast");
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private Level previousLevel;

    @BeforeEach
    void captureLogs() {
        previousLevel = adapterLog.getLevel();
        adapterLog.setLevel(Level.DEBUG);
        logged.start();
        adapterLog.addAppender(logged);
    }

    @AfterEach
    void releaseLogs() {
        adapterLog.detachAppender(logged);
        adapterLog.setLevel(previousLevel);
    }

    @Test
    void propertiesAndTheAdapterPrintNoKey() {
        VastProperties properties = VastTestSupport.properties(URI.create("https://console.vast.ai"), KEY, null);
        try (VastGpuCloud cloud = new VastGpuCloud(properties, new SimpleMeterRegistry(), false)) {
            assertThat(properties.toString()).doesNotContain(KEY).contains("apiKey=(set)");
            assertThat(cloud.toString()).doesNotContain(KEY);
        }
    }

    @Test
    void refusalsThatEchoTheKeyDoNotRepeatIt() {
        try (VastFixtureServer vast = new VastFixtureServer();
                VastGpuCloud cloud = VastTestSupport.cloud(vast.baseUrl(), KEY, new SimpleMeterRegistry())) {
            String echo = "{\"success\": false, \"error\": \"auth_error\", \"msg\": \"Invalid user key " + KEY + "\"}";
            vast.answerText("GET", "/api/v0/instances/1/", 401, "application/json", echo);
            vast.answerText("PUT", "/api/v0/asks/2/", 400, "application/json", echo.replace("auth_error", "x"));
            vast.answerText("POST", "/api/v0/bundles/", 429, "text/plain", "too frequent for " + KEY);

            List<Throwable> failures = new ArrayList<>();
            failures.add(catchThrowable(() -> cloud.instance(1)));
            failures.add(catchThrowable(() -> cloud.create(VastTestSupport.argsOrder(2, "dumont:s:1"))));
            failures.add(catchThrowable(() -> cloud.searchOffers(VastTestSupport.anyGpu(8))));

            assertThat(failures)
                    .allSatisfy(failure -> assertThat(describe(failure)).doesNotContain(KEY));
            assertThat(vast.calls()).allSatisfy(call -> {
                assertThat(call.authorization()).isEqualTo("Bearer " + KEY);
                assertThat(call.query() == null ? "" : call.query()).doesNotContain(KEY);
            });
        }
        assertThat(logged.list).isNotEmpty().allSatisfy(event -> assertThat(event.getFormattedMessage())
                .doesNotContain(KEY));
    }

    @Test
    void aHostThatDoesNotAnswerLeavesNoKeyInTheFailure() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        VastProperties properties =
                VastTestSupport.properties(URI.create("http://127.0.0.1:" + closedPort), KEY, Duration.ofSeconds(1));
        try (VastGpuCloud cloud = new VastGpuCloud(properties, new SimpleMeterRegistry(), false)) {
            Throwable failure = catchThrowable(() -> cloud.create(VastTestSupport.argsOrder(5, "dumont:s:2")));
            assertThat(describe(failure)).doesNotContain(KEY);
        }
        assertThat(logged.list)
                .allSatisfy(event -> assertThat(event.getFormattedMessage()).doesNotContain(KEY));
    }

    /** The message, the toString and those of every cause. */
    private static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            text.append(t).append(" | ").append(t.getMessage()).append('\n');
        }
        return text.toString();
    }
}
