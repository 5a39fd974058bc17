package cloud.dumont.provider.vast;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.dumont.provider.GpuCloud;
import cloud.dumont.sim.VastSimulator;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The wiring without the rest of the server: a key rents from Vast.ai, no key starts the simulator. */
class VastConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(VastConfiguration.class)
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new);

    @Test
    void withoutAKeyTheSimulatorRunsInProcessUntilShutdown() {
        AtomicInteger port = new AtomicInteger();
        context.withPropertyValues("dumont.vast.api-key=", "dumont.vast.simulator.seed=3")
                .run(started -> {
                    GpuCloud cloud = started.getBean(GpuCloud.class);
                    VastSimulator simulator = started.getBean(VastSimulator.class);
                    port.set(simulator.port());
                    assertThat(cloud.simulated()).isTrue();
                    assertThat(simulator.config().seed()).isEqualTo(3);
                    assertThat(cloud.searchOffers(VastTestSupport.anyGpu(24))).isNotEmpty();
                });
        assertThat(listening(port.get())).isFalse();
    }

    @Test
    void withAKeyTheAdapterTalksToVastAi() {
        context.withPropertyValues("dumont.vast.api-key=abc123", "dumont.vast.base-url=http://127.0.0.1:9")
                .run(started -> {
                    assertThat(started).doesNotHaveBean(VastSimulator.class);
                    GpuCloud cloud = started.getBean(GpuCloud.class);
                    assertThat(cloud.simulated()).isFalse();
                    assertThat(cloud.toString()).contains("http://127.0.0.1:9");
                });
    }

    @Test
    void everySettingBinds() {
        context.withPropertyValues(
                        "dumont.vast.api-key=abc123",
                        "dumont.vast.base-url=https://cloud.vast.ai",
                        "dumont.vast.connect-timeout=3s",
                        "dumont.vast.request-timeout=45s",
                        "dumont.vast.retry.max-attempts=6",
                        "dumont.vast.retry.base-delay=250ms",
                        "dumont.vast.retry.multiplier=2",
                        "dumont.vast.simulator.boot-time-min=1s",
                        "dumont.vast.simulator.boot-time-max=2s",
                        "dumont.vast.simulator.failure-rate=0.1")
                .run(started -> {
                    VastProperties properties = started.getBean(VastProperties.class);
                    assertThat(properties.baseUrl()).isEqualTo(URI.create("https://cloud.vast.ai"));
                    assertThat(properties.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
                    assertThat(properties.requestTimeout()).isEqualTo(Duration.ofSeconds(45));
                    assertThat(properties.retry()).isEqualTo(new VastProperties.Retry(6, Duration.ofMillis(250), 2));
                    assertThat(properties.simulator())
                            .isEqualTo(new VastProperties.Simulator(
                                    42L, Duration.ofSeconds(1), Duration.ofSeconds(2), 0.1, true));
                });
    }

    @Test
    void leftOutSettingsTakeTheCliDefaults() {
        VastProperties defaults = new VastProperties(null, null, null, null, null, null);
        assertThat(defaults.hasApiKey()).isFalse();
        assertThat(defaults.baseUrl()).isEqualTo(URI.create("https://console.vast.ai"));
        assertThat(defaults.retry()).isEqualTo(new VastProperties.Retry(4, Duration.ofMillis(150), 1.5));
        assertThat(defaults.simulator().bootTimeMin()).isEqualTo(Duration.ofSeconds(8));
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
