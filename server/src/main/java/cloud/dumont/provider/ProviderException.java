package cloud.dumont.provider;

/**
 * A provider call that did not succeed. The message is safe to show a person and to log: adapters never put keys,
 * tokens or request bodies in it.
 */
public class ProviderException extends RuntimeException {

    /** How the engine should react. */
    public enum Kind {
        /** Rate limits, 5xx, timeouts, I/O: try again later. */
        TRANSIENT,
        /** The offer was taken or withdrawn: pick another offer. */
        OFFER_GONE,
        /** The provider refused the request as it was: retrying the same request will not help. */
        REJECTED,
        /** The key is missing or wrong: an administrator must act. */
        AUTH
    }

    private final Kind kind;

    public ProviderException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public ProviderException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
