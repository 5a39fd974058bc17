package cloud.dumont.api.deployment;

import java.util.UUID;

/**
 * A deployment's failover setting.
 *
 * @param restoresWorkspace whether a new host starts from the deployment's latest workspace snapshot; false until
 *     snapshots are wired into failover: a new host starts from a fresh workspace
 */
public record StandbyResponse(
        UUID deploymentId, String templateName, DeploymentStatus status, boolean enabled, boolean restoresWorkspace) {}
