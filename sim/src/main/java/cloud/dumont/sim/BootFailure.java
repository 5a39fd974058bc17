package cloud.dumont.sim;

/**
 * A way an instance fails to come up, modelled on what Vast.ai clients actually observe (see the
 * status semantics in the Vast.ai reference): the status it ends in and the {@code status_msg} it
 * reports.
 */
public record BootFailure(Kind kind, String statusMsg) {

    public enum Kind {
        /** Stays {@code created} for ever, with no message: the host never starts the container. */
        NEVER_BOOTS,
        /** Reaches {@code loading} and stays there, as with a huge image on a slow host. */
        STUCK_LOADING,
        /** Stays {@code created} with an OCI runtime error in {@code status_msg}. */
        OCI_ERROR,
        /** Loads, then goes {@code exited} with an error message instead of running. */
        EXITS,
        /** The host drops off: {@code offline}, which never turns into running. */
        OFFLINE,
        /** Runs and reports its ports, but nothing answers on them. */
        APP_NEVER_ANSWERS
    }

    /** The shape of a real nvidia-container failure; dstack looks for ": OCI runtime create failed:". */
    public static final String OCI_MESSAGE = "Error response from daemon: failed to create task for container:"
            + " failed to create shim task: OCI runtime create failed: runc create failed: unable to start"
            + " container process: error during container init: error running hook #0: error running hook:"
            + " exit status 1, stdout: , stderr: nvidia-container-cli: initialization error: nvml error:"
            + " driver not loaded: unknown";

    public static final String EXIT_MESSAGE =
            "Error: container exited unexpectedly with exit code 1 (process: /opt/entrypoint.sh)";

    public BootFailure {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
    }

    public static BootFailure neverBoots() {
        return new BootFailure(Kind.NEVER_BOOTS, null);
    }

    public static BootFailure stuckLoading() {
        return new BootFailure(Kind.STUCK_LOADING, null);
    }

    public static BootFailure ociError() {
        return new BootFailure(Kind.OCI_ERROR, OCI_MESSAGE);
    }

    public static BootFailure ociError(String message) {
        return new BootFailure(Kind.OCI_ERROR, message);
    }

    public static BootFailure exits() {
        return new BootFailure(Kind.EXITS, EXIT_MESSAGE);
    }

    public static BootFailure exits(String message) {
        return new BootFailure(Kind.EXITS, message);
    }

    public static BootFailure offline() {
        return new BootFailure(Kind.OFFLINE, null);
    }

    public static BootFailure appNeverAnswers() {
        return new BootFailure(Kind.APP_NEVER_ANSWERS, null);
    }
}
