package cloud.dumont.deployment;

import cloud.dumont.api.deployment.DeploymentStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * A launch milestone of a deployment, published inside the transaction that stores it, so a listener's own writes
 * commit or roll back with the deployment's: usage counts and host history can neither be lost nor counted for a
 * change that did not happen.
 *
 * @param kind what happened to the deployment's current attempt
 * @param reasonCode for failed and abandoned: the troubleshooting code (null when none applies)
 * @param secondsToReady for ready: from the attempt's request to running
 * @param attempt the deployment's attempt number (a retry is a new attempt, possibly on another machine)
 * @param machineId the provider's machine the attempt ran on; null when none was rented yet
 * @param gpuName the GPU model of that machine; null when none was rented yet
 * @param image the Docker image the attempt ran
 * @param stage the deployment's status when the milestone was reached (for failed and abandoned: the stage the attempt
 *     ended in, e.g. provisioning or starting)
 * @param reasonMessage for failed and abandoned: the status message that said why, as the owner saw it
 * @param simulated whether the attempt ran on the simulated cloud (machine ids of the simulator and of Vast.ai may
 *     collide)
 */
public record LaunchEvent(
        UUID templateId,
        String templateVersion,
        UUID deploymentId,
        UUID userId,
        Kind kind,
        String reasonCode,
        Double secondsToReady,
        Instant at,
        int attempt,
        Long machineId,
        String gpuName,
        String image,
        DeploymentStatus stage,
        String reasonMessage,
        boolean simulated) {

    /** A milestone without attempt and host details. */
    public LaunchEvent(
            UUID templateId,
            String templateVersion,
            UUID deploymentId,
            UUID userId,
            Kind kind,
            String reasonCode,
            Double secondsToReady,
            Instant at) {
        this(
                templateId,
                templateVersion,
                deploymentId,
                userId,
                kind,
                reasonCode,
                secondsToReady,
                at,
                1,
                null,
                null,
                null,
                null,
                null,
                false);
    }

    /** True for the milestones of a deployment as a whole; the others only concern the host an attempt ran on. */
    public boolean isDeploymentMilestone() {
        return kind == Kind.requested || kind == Kind.ready || kind == Kind.failed;
    }

    public enum Kind {
        /** A deployment or a retry asked for a GPU. */
        requested,
        /** Running for the first time in this attempt. */
        ready,
        /** The deployment failed. */
        failed,
        /**
         * The attempt ended without ever being ready and without failing: destroyed while it was still provisioning or
         * starting, or retried while its app had not answered its health check yet.
         */
        abandoned,
        /** A racing attempt lost to a faster one and was destroyed: never a mark against its host. */
        raceLost
    }
}
