package cloud.dumont.api.deployment;

import java.time.Instant;
import java.util.UUID;

/**
 * One thing that happened to a deployment, in order ({@code seq} grows per deployment).
 *
 * @param type {@code status} for a phase change, {@code info} for progress within a phase
 */
public record DeploymentEventResponse(
        long seq, UUID deploymentId, Instant at, String type, DeploymentStatus status, String message) {}
