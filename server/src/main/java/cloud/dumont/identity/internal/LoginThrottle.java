package cloud.dumont.identity.internal;

import cloud.dumont.platform.DumontProperties;
import cloud.dumont.platform.ProblemException;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Limits failed logins per account and per client address, so a password cannot be guessed by trying: after the
 * allowed failures in the window the next attempts get 429 until the bucket refills. Buckets live in a bounded cache
 * that forgets idle keys.
 */
@Component
class LoginThrottle {

    /** One address may fail for several accounts (a shared office NAT), so it gets more room than one account. */
    private static final int ADDRESS_FACTOR = 4;

    private final int allowed;
    private final Duration window;
    private final Cache<String, Bucket> buckets;

    LoginThrottle(DumontProperties properties) {
        this.allowed = properties.auth().loginFailuresAllowed();
        this.window = properties.auth().loginFailureWindow();
        this.buckets = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterAccess(window.multipliedBy(2))
                .build();
    }

    void checkAllowed(String email, String address) {
        if (exhausted("email:" + email, allowed) || exhausted("addr:" + address, allowed * ADDRESS_FACTOR)) {
            throw ProblemException.tooManyRequests(
                    "Too many failed sign-ins; wait a few minutes before trying again", window);
        }
    }

    void failed(String email, String address) {
        bucket("email:" + email, allowed).tryConsume(1);
        bucket("addr:" + address, allowed * ADDRESS_FACTOR).tryConsume(1);
    }

    void succeeded(String email) {
        buckets.invalidate("email:" + email);
    }

    private boolean exhausted(String key, int capacity) {
        return bucket(key, capacity).getAvailableTokens() <= 0;
    }

    private Bucket bucket(String key, int capacity) {
        return buckets.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(capacity)
                        .refillGreedy(capacity, window)
                        .build())
                .build());
    }
}
