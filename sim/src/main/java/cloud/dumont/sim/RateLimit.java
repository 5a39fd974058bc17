package cloud.dumont.sim;

/**
 * A token bucket per API key (or per client address for calls without a key): {@code burst}
 * calls at once, refilled at {@code perSecond}. Vast.ai answers over-eager clients with 429 and
 * no Retry-After header; {@code body} picks how the 429 reads.
 */
public record RateLimit(int burst, double perSecond, TooManyRequestsBody body) {

    public enum TooManyRequestsBody {
        /** {@code API requests too frequent endpoint threshold=...} as text/plain, the usual case. */
        PLAIN_TEXT,
        /** The JSON shapes of Vast.ai's OpenAPI examples, which differ by endpoint. */
        DOCUMENTED_JSON
    }

    public RateLimit {
        if (burst < 1 || perSecond <= 0 || body == null) {
            throw new IllegalArgumentException("need burst >= 1, perSecond > 0 and a body style");
        }
    }

    public static RateLimit of(int burst, double perSecond) {
        return new RateLimit(burst, perSecond, TooManyRequestsBody.PLAIN_TEXT);
    }

    /** Generous enough for a polling engine with dozens of deployments; bursts still get 429. */
    public static RateLimit defaults() {
        return of(60, 30);
    }

    public static RateLimit unlimited() {
        return of(Integer.MAX_VALUE, Double.MAX_VALUE);
    }

    public boolean isUnlimited() {
        return burst == Integer.MAX_VALUE;
    }

    public RateLimit withBody(TooManyRequestsBody style) {
        return new RateLimit(burst, perSecond, style);
    }
}
