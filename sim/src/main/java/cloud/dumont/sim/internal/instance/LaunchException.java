package cloud.dumont.sim.internal.instance;

/** A create request Vast.ai would refuse with 400; {@code error} is Vast.ai's error code. */
public final class LaunchException extends RuntimeException {

    private final String error;

    public LaunchException(String error, String message) {
        super(message);
        this.error = error;
    }

    public String error() {
        return error;
    }
}
