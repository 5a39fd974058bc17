package cloud.dumont.provider.vast;

import cloud.dumont.provider.LaunchOrder;
import cloud.dumont.provider.OfferFilter;
import cloud.dumont.sim.BootTimes;
import cloud.dumont.sim.ManualClock;
import cloud.dumont.sim.RateLimit;
import cloud.dumont.sim.SimulatorConfig;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** What the Vast.ai adapter tests share: fast settings, a driven simulator, typical orders. */
final class VastTestSupport {

    static final Duration BOOT = Duration.ofSeconds(60);

    private VastTestSupport() {}

    /** Tiny backoff so retries cost milliseconds; a short request timeout for the hanging-call tests. */
    static VastProperties properties(URI baseUrl, String apiKey, Duration requestTimeout) {
        return new VastProperties(
                apiKey,
                baseUrl,
                Duration.ofSeconds(2),
                requestTimeout,
                new VastProperties.Retry(4, Duration.ofMillis(1), 1.5),
                null);
    }

    static VastGpuCloud cloud(URI baseUrl, String apiKey, MeterRegistry meters) {
        return new VastGpuCloud(properties(baseUrl, apiKey, Duration.ofSeconds(5)), meters, false);
    }

    /** Seeded market, every boot exactly {@link #BOOT} on the driven clock, no rate limit, no churn. */
    static SimulatorConfig simulator(ManualClock clock) {
        return SimulatorConfig.defaults()
                .withSeed(7)
                .withClock(clock)
                .withBootTimes(BootTimes.fixed(BOOT))
                .withoutChurn()
                .withRateLimit(RateLimit.unlimited())
                .withRefreshInterval(Duration.ofMillis(50));
    }

    static OfferFilter anyGpu(int minVramGb) {
        return new OfferFilter(minVramGb, 0, 0, null, null, 20, 200);
    }

    /** Keeps the image's entrypoint, publishes 8000, carries a secret in env. */
    static LaunchOrder argsOrder(long offerId, String label) {
        return new LaunchOrder(
                offerId,
                "vllm/vllm-openai:latest",
                List.of("--model", "Qwen/Qwen2.5-3B-Instruct", "--port", "8000"),
                null,
                List.of(8000),
                Map.of("HF_TOKEN", "hf_secret"),
                20,
                label);
    }

    /** Vast.ai's entrypoint (SSH) and then a start command. */
    static LaunchOrder onstartOrder(long offerId, String label) {
        return new LaunchOrder(
                offerId, "ubuntu:22.04", null, "python3 -m http.server 8080", List.of(8080), Map.of(), 20, label);
    }
}
