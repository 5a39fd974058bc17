package cloud.dumont.deployment;

import java.time.Instant;
import java.util.UUID;

/**
 * A launch milestone of a deployment, published inside the transaction that stores it, so a listener's own writes
 * commit or roll back with the deployment's: usage counts can neither be lost nor counted for a change that did not
 * happen.
 *
 * @param kind requested (a deployment or a retry asked for a GPU), ready (running for the first time in this
 *     attempt) or failed
 * @param reasonCode for failed: the troubleshooting code (null when none applies)
 * @param secondsToReady for ready: from the attempt's request to running
 */
public record LaunchEvent(
        UUID templateId,
        String templateVersion,
        UUID deploymentId,
        UUID userId,
        Kind kind,
        String reasonCode,
        Double secondsToReady,
        Instant at) {

    public enum Kind {
        requested,
        ready,
        failed
    }
}
