package cloud.dumont.cli;

/** A mistake the user can fix, reported as one line without a stack trace (exit code 1). */
public final class UserError extends RuntimeException {

    public UserError(String message) {
        super(message);
    }
}
