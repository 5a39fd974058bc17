package cloud.dumont.sim.internal.api;

import cloud.dumont.sim.RateLimit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One token bucket per caller identity. Real time, not simulated time: a burst is a burst however
 * a test drives the simulated clock.
 */
final class TokenBuckets {

    private final RateLimit limit;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    TokenBuckets(RateLimit limit, LongSupplier nanoTime) {
        this.limit = limit;
        this.nanoTime = nanoTime;
    }

    boolean tryAcquire(String identity) {
        if (limit.isUnlimited()) {
            return true;
        }
        return buckets.computeIfAbsent(identity, k -> new Bucket(limit.burst(), nanoTime.getAsLong()))
                .tryTake(limit, nanoTime.getAsLong());
    }

    private static final class Bucket {
        private double tokens;
        private long last;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.last = now;
        }

        synchronized boolean tryTake(RateLimit limit, long now) {
            tokens = Math.min(limit.burst(), tokens + (now - last) / 1e9 * limit.perSecond());
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return true;
            }
            return false;
        }
    }
}
