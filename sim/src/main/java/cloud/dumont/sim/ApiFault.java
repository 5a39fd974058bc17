package cloud.dumont.sim;

import java.time.Duration;

/**
 * A failure of the API itself, injected on chosen calls: a 429, a 5xx, or a call that hangs. When
 * {@code applied} is set the call takes effect before the fault is returned, which is the case a
 * careful client must survive (a create that timed out but did rent an instance).
 */
public record ApiFault(Kind kind, int status, Duration hang, boolean applied) {

    public enum Kind {
        RATE_LIMITED,
        SERVER_ERROR,
        TIMEOUT
    }

    public ApiFault {
        if (kind == null || hang == null || hang.isNegative()) {
            throw new IllegalArgumentException("kind and a non-negative hang are required");
        }
        if (kind == Kind.SERVER_ERROR && (status < 500 || status > 599)) {
            throw new IllegalArgumentException("a server error needs a 5xx status, not " + status);
        }
    }

    public static ApiFault rateLimited() {
        return new ApiFault(Kind.RATE_LIMITED, 429, Duration.ZERO, false);
    }

    public static ApiFault serverError(int status) {
        return new ApiFault(Kind.SERVER_ERROR, status, Duration.ZERO, false);
    }

    /** The call is held for {@code hang} and then answered 504, without having taken effect. */
    public static ApiFault timeout(Duration hang) {
        return new ApiFault(Kind.TIMEOUT, 504, hang, false);
    }

    /** The call takes effect, then is held for {@code hang} and answered 504. */
    public static ApiFault timeoutAfterApplying(Duration hang) {
        return new ApiFault(Kind.TIMEOUT, 504, hang, true);
    }

    /** The call takes effect, then is answered with the given 5xx. */
    public static ApiFault serverErrorAfterApplying(int status) {
        return new ApiFault(Kind.SERVER_ERROR, status, Duration.ZERO, true);
    }
}
