package cloud.dumont.provider.vast;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the Vast.ai adapter ({@code dumont.vast.*}; application.yaml binds {@code VAST_API_KEY} and {@code
 * VAST_URL}). Every field may be left out: the compact constructor fills in the defaults, so tests can build one with
 * nulls.
 *
 * @param apiKey the account's key; blank starts the in-process simulator instead of renting real GPUs
 * @param baseUrl where the API lives; {@code https://console.vast.ai} as in the official CLI
 * @param connectTimeout how long to wait for a TCP/TLS connection
 * @param requestTimeout how long to wait for one answer; a create that outlives it has an unknown outcome and is
 *     looked up by label before it is tried again
 */
@ConfigurationProperties("dumont.vast")
record VastProperties(
        String apiKey,
        URI baseUrl,
        Duration connectTimeout,
        Duration requestTimeout,
        Retry retry,
        Simulator simulator) {

    static final URI DEFAULT_BASE_URL = URI.create("https://console.vast.ai");

    VastProperties {
        apiKey = apiKey == null ? "" : apiKey.trim();
        baseUrl = baseUrl == null ? DEFAULT_BASE_URL : baseUrl;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(30) : requestTimeout;
        retry = retry == null ? new Retry(0, null, 0) : retry;
        simulator = simulator == null ? new Simulator(null, null, null, null, null) : simulator;
    }

    /** The adapter talks to a real account only when a key is given. */
    boolean hasApiKey() {
        return !apiKey.isEmpty();
    }

    /** The same settings aimed at another endpoint, e.g. the in-process simulator. */
    VastProperties at(URI url, String key) {
        return new VastProperties(key, url, connectTimeout, requestTimeout, retry, simulator);
    }

    /** Never prints the key, only whether there is one. */
    @Override
    public String toString() {
        return "VastProperties[apiKey=" + (hasApiKey() ? "(set)" : "(none)") + ", baseUrl=" + baseUrl
                + ", connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout + ", retry=" + retry
                + ", simulator=" + simulator + "]";
    }

    /**
     * Backoff between attempts of a call that may be retried (429, 5xx, I/O). The defaults are the official CLI's: 0.15
     * s growing ×1.5, with ±50 % jitter so parallel pollers do not hit the rate limiter in step.
     *
     * @param maxAttempts attempts in all, the first included
     */
    record Retry(int maxAttempts, Duration baseDelay, double multiplier) {
        Retry {
            maxAttempts = maxAttempts <= 0 ? 4 : maxAttempts;
            baseDelay = baseDelay == null || baseDelay.toMillis() < 1 ? Duration.ofMillis(150) : baseDelay;
            multiplier = multiplier < 1 ? 1.5 : multiplier;
        }
    }

    /**
     * The in-process simulator used when no key is set. Boots are uniform between {@code bootTimeMin} and {@code
     * bootTimeMax} rather than Vast.ai's long-tailed reality, so a local demo comes up in seconds and still shows the
     * creating and loading steps.
     *
     * @param seed the same seed gives the same market at every start
     * @param failureRate share of instances that fail to boot in one of Vast.ai's ways (0 for a quiet demo)
     * @param rateLimited whether the simulator answers bursts with 429 as Vast.ai does (its buckets refill in real
     *     time, so tests that drive a manual clock through hours of polling switch it off)
     */
    record Simulator(Long seed, Duration bootTimeMin, Duration bootTimeMax, Double failureRate, Boolean rateLimited) {
        Simulator {
            rateLimited = rateLimited == null || rateLimited;
            seed = seed == null ? 42L : seed;
            bootTimeMin = bootTimeMin == null ? Duration.ofSeconds(8) : bootTimeMin;
            bootTimeMax = bootTimeMax == null ? Duration.ofSeconds(20) : bootTimeMax;
            failureRate = failureRate == null ? 0.0 : failureRate;
            if (bootTimeMax.compareTo(bootTimeMin) < 0) {
                throw new IllegalArgumentException("dumont.vast.simulator.boot-time-max is below boot-time-min");
            }
        }
    }
}
