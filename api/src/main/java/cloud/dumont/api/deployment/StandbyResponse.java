package cloud.dumont.api.deployment;

import java.util.UUID;

/**
 * A deployment's failover setting.
 *
 * @param restoresWorkspace whether a new host would start from a workspace snapshot: failover is on, and the
 *     deployment's agent reports (snapshots are taken through it) or a snapshot exists already
 * @param snapshotIntervalSeconds how often the workspace is snapshotted while failover is on
 * @param latestSnapshotAt when the newest complete snapshot was taken; null when there is none
 */
public record StandbyResponse(
        UUID deploymentId,
        String templateName,
        DeploymentStatus status,
        boolean enabled,
        boolean restoresWorkspace,
        int snapshotIntervalSeconds,
        java.time.Instant latestSnapshotAt) {}
