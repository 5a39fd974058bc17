package cloud.dumont.sdk;

/**
 * Every failure of an SDK call: the server's refusal (with its problem detail) or no answer at all ({@link #status()}
 * 0). The message is the problem's one-line summary, fit to show a person as it is.
 */
public class DumontException extends RuntimeException {

    private final transient Problem problem;

    /** A failure described by {@code problem}; the message is its {@link Problem#summary()}. */
    public DumontException(Problem problem) {
        super(problem.summary());
        this.problem = problem;
    }

    /** A failure described by {@code problem}, caused by {@code cause} (an I/O error, an unreadable answer). */
    public DumontException(Problem problem, Throwable cause) {
        super(problem.summary(), cause);
        this.problem = problem;
    }

    /** The server's problem detail; for a failure to reach the server, one the SDK wrote with status 0. */
    public Problem problem() {
        return problem;
    }

    /** The HTTP status, or 0 when the server could not be reached. */
    public int status() {
        return problem.status();
    }

    /** True when the server was never reached or the connection broke. */
    public boolean isConnectionFailure() {
        return problem.status() == 0;
    }

    static DumontException unreachable(String what, Throwable cause) {
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new DumontException(
                new Problem(
                        "about:blank",
                        "Cannot reach the Dumont server",
                        0,
                        "Cannot reach the Dumont server at " + what + " (" + reason + ")",
                        null,
                        null),
                cause);
    }
}
