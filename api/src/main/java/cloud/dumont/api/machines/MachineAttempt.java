package cloud.dumont.api.machines;

import cloud.dumont.api.deployment.DeploymentStatus;
import java.time.Instant;

/**
 * One deployment attempt on a machine.
 *
 * @param failureStage for failed attempts: the deployment status the attempt failed in (provisioning, starting, ...)
 * @param reasonCode for failed attempts: the troubleshooting code, e.g. provisioning-timeout
 * @param reasonMessage for failed attempts: what the deployment's owner was told
 * @param secondsToReady for ready attempts: from the attempt's request to its app answering
 */
public record MachineAttempt(
        Instant at,
        AttemptOutcome outcome,
        String gpuName,
        String image,
        DeploymentStatus failureStage,
        String reasonCode,
        String reasonMessage,
        Double secondsToReady) {}
