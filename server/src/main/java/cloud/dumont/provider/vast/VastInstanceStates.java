package cloud.dumont.provider.vast;

import cloud.dumont.provider.InstanceState;
import java.util.List;
import java.util.Locale;

/**
 * Reduces Vast.ai's status fields to {@link InstanceState}. Sources: the status semantics of the Vast.ai reference,
 * dstack's provisioning checks and the official CLI's self-test.
 */
final class VastInstanceStates {

    /**
     * Words the CLI self-test and its docker-pull/start-up classifiers treat as a failed start when they appear in
     * {@code status_msg} before the instance runs. Matched on the message with the image name cut out, so that an image
     * called {@code error-pages} loading normally ("Pulling image error-pages") is not taken for a failure.
     */
    private static final List<String> FAILURE_WORDS = List.of(
            "error",
            "failed",
            "failure",
            "exception",
            "traceback",
            "oci runtime",
            "permission denied",
            "denied",
            "unauthorized",
            "manifest unknown",
            "not found",
            "no such image",
            "repository does not exist",
            "exec format");

    private VastInstanceStates() {}

    /**
     * @param actual {@code actual_status}: null while provisioning, then created, loading, running; or stopped, frozen,
     *     exited, rebooting, unknown, offline
     */
    static InstanceState of(
            String actual, String intended, String current, String next, String statusMsg, String image) {
        String status = actual == null ? "" : actual.toLowerCase(Locale.ROOT);
        // Vast.ai: "If actual_status becomes exited, unknown, or offline it will never reach running".
        if (status.equals("exited") || status.equals("offline") || status.equals("unknown")) {
            return InstanceState.BROKEN;
        }
        // dstack: an outbid or stopped contract shows stopped in all three, whatever actual_status lags behind at.
        if ("stopped".equals(intended) && "stopped".equals(current) && "stopped".equals(next)) {
            return InstanceState.STOPPED;
        }
        return switch (status) {
            case "running" -> InstanceState.RUNNING;
            case "stopped", "frozen" -> InstanceState.STOPPED;
            case "loading", "rebooting" ->
                failedToStart(statusMsg, image) ? InstanceState.BROKEN : InstanceState.LOADING;
            // null, created, scheduling, and any status added later: still on its way, the engine's deadline decides
            default -> failedToStart(statusMsg, image) ? InstanceState.BROKEN : InstanceState.CREATING;
        };
    }

    /** e.g. {@code created} with {@code "...: OCI runtime create failed: ..."} (dstack's hard-failure signal). */
    static boolean failedToStart(String statusMsg, String image) {
        if (statusMsg == null || statusMsg.isBlank()) {
            return false;
        }
        String text = statusMsg.toLowerCase(Locale.ROOT);
        if (image != null && !image.isBlank()) {
            String name = image.toLowerCase(Locale.ROOT);
            // the simulator and Vast.ai name the image both as given and with ':' turned into '_'
            text = text.replace(name, " ").replace(name.replace(':', '_'), " ");
        }
        for (String word : FAILURE_WORDS) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
