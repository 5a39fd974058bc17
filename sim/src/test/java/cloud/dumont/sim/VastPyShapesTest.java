package cloud.dumont.sim;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the request shapes of Vast.ai's official CLI (vast.py) from Python against the simulator.
 * Skipped where python3 with the requests package is missing.
 */
class VastPyShapesTest {

    @TempDir
    Path dir;

    @Test
    void theCliRequestShapesWork() throws Exception {
        assumeTrue(pythonWithRequests(), "python3 with requests is not available");
        Path script = dir.resolve("vastpy_shapes.py");
        try (InputStream in = getClass().getResourceAsStream("/vastpy_shapes.py")) {
            Files.write(script, in.readAllBytes());
        }
        SimulatorConfig config = SimulatorConfig.defaults()
                .withBootTimes(BootTimes.fixed(Duration.ofMillis(300)))
                .withoutChurn()
                .withRefreshInterval(Duration.ofMillis(20));
        try (VastSimulator sim = VastSimulator.start(config)) {
            ProcessBuilder builder = new ProcessBuilder("python3", script.toString()).redirectErrorStream(true);
            builder.environment().put("VAST_URL", sim.baseUrl().toString());
            builder.environment().put("VAST_API_KEY", sim.apiKey());
            builder.environment().remove("HTTP_PROXY");
            builder.environment().remove("http_proxy");
            builder.environment().put("NO_PROXY", "127.0.0.1,localhost");
            Process process = builder.start();
            boolean finished = process.waitFor(40, TimeUnit.SECONDS);
            String output = new String(process.getInputStream().readAllBytes(), UTF_8);
            if (!finished) {
                process.destroyForcibly();
            }
            assertThat(finished).as("the script finished").isTrue();
            assertThat(output).contains("vast.py request shapes: OK");
            assertThat(process.exitValue()).as(output).isZero();
        }
    }

    private static boolean pythonWithRequests() {
        try {
            Process probe = new ProcessBuilder("python3", "-c", "import requests").start();
            return probe.waitFor(20, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
