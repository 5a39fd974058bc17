package cloud.dumont.sim;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void parsesTheDocumentedOptions() {
        SimulatorConfig config = Main.parse(new String[] {
            "--port",
            "0",
            "--seed",
            "7",
            "--api-key",
            "k",
            "--offers",
            "50",
            "--boot-median",
            "2",
            "--failure-rate",
            "0.1",
            "--churn-every",
            "0",
            "--rate-limit",
            "10/5"
        });
        assertThat(config.port()).isZero();
        assertThat(config.seed()).isEqualTo(7);
        assertThat(config.apiKey()).isEqualTo("k");
        assertThat(config.offerCount()).isEqualTo(50);
        assertThat(config.bootFailureRate()).isEqualTo(0.1);
        assertThat(config.churnEnabled()).isFalse();
        assertThat(config.rateLimit()).isEqualTo(RateLimit.of(10, 5));
        assertThat(config.bootTimes()).isInstanceOfSatisfying(BootTimes.LogNormal.class, t -> assertThat(t.median())
                .isEqualTo(Duration.ofSeconds(2)));
        assertThat(Main.parse(new String[0]).port()).isEqualTo(8081);
    }

    @Test
    void refusesUnknownOptions() {
        assertThatThrownBy(() -> Main.parse(new String[] {"--colour", "red"})).hasMessageContaining("--colour");
        assertThatThrownBy(() -> Main.parse(new String[] {"--port"})).hasMessageContaining("missing value");
    }

    @Test
    void announcesTheBaseUrlAndKey() {
        try (VastSimulator sim = VastSimulator.start(Main.parse(new String[] {"--port", "0", "--api-key", "abc"}))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Main.announce(sim, new PrintStream(out, true, UTF_8));
            assertThat(out.toString(UTF_8))
                    .contains("listening on http://127.0.0.1:" + sim.port())
                    .contains("API key: abc");
            assertThat(new SimClient(sim).get("/api/v0/instances/").status()).isEqualTo(200);
        }
    }
}
