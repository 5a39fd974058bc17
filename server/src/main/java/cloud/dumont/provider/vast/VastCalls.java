package cloud.dumont.provider.vast;

import cloud.dumont.provider.ProviderException;
import cloud.dumont.provider.ProviderException.Kind;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * How every adapter operation runs: attempts under one Resilience4j retry (only {@link Kind#TRANSIENT} failures are
 * tried again, after a jittered exponential backoff) and one timer sample per operation, retries and backoff
 * included, in {@code dumont.provider.calls{provider=vast, operation, outcome}}. Thread-safe.
 */
final class VastCalls {

    static final String METRIC = "dumont.provider.calls";

    /** Vast.ai sends no Retry-After; past this a backoff only delays the engine's own next tick. */
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    private final VastHttp http;
    private final Retry retry;
    private final MeterRegistry meters;

    VastCalls(VastHttp http, VastProperties.Retry settings, MeterRegistry meters) {
        this.http = http;
        this.meters = meters;
        this.retry = Retry.of(
                "vast",
                RetryConfig.custom()
                        .maxAttempts(settings.maxAttempts())
                        .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(
                                settings.baseDelay(), settings.multiplier(), 0.5, MAX_BACKOFF))
                        .retryOnException(VastCalls::worthRetrying)
                        .build());
    }

    /** Runs {@code attempt} until it succeeds, fails for good, or runs out of attempts; times the whole. */
    <T> T run(String operation, Supplier<T> attempt) {
        return timed(operation, () -> retried(attempt));
    }

    /** Attempts until success, a failure not worth retrying, or the last attempt; then rethrows its failure. */
    <T> T retried(Supplier<T> attempt) {
        return retry.executeSupplier(attempt);
    }

    /** One sample of the operation's timer, tagged with how it ended. */
    <T> T timed(String operation, Supplier<T> work) {
        Timer.Sample sample = Timer.start(meters);
        String outcome = "ok";
        try {
            return work.get();
        } catch (ProviderException e) {
            outcome = e.kind().name().toLowerCase(Locale.ROOT);
            throw e;
        } catch (RuntimeException e) {
            outcome = "error";
            throw e;
        } finally {
            sample.stop(Timer.builder(METRIC)
                    .description("Calls to GPU cloud providers, retries included")
                    .tags("provider", "vast", "operation", operation, "outcome", outcome)
                    .register(meters));
        }
    }

    /** One request; no answer at all (I/O error, timeout) is a {@link Kind#TRANSIENT} failure. */
    VastResponse send(String method, String pathAndQuery, JsonNode body) {
        try {
            return http.send(method, pathAndQuery, body);
        } catch (IOException e) {
            throw new ProviderException(
                    Kind.TRANSIENT,
                    "Vast.ai did not answer " + method + " " + pathOf(pathAndQuery) + ": "
                            + e.getClass().getSimpleName(),
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderException(Kind.TRANSIENT, "interrupted while calling Vast.ai", e);
        }
    }

    private static boolean worthRetrying(Throwable failure) {
        return failure instanceof ProviderException e
                && e.kind() == Kind.TRANSIENT
                && !(e.getCause() instanceof InterruptedException);
    }

    private static String pathOf(String pathAndQuery) {
        int query = pathAndQuery.indexOf('?');
        return query < 0 ? pathAndQuery : pathAndQuery.substring(0, query);
    }
}
