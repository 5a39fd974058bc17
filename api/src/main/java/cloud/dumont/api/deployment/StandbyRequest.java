package cloud.dumont.api.deployment;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * Failover for one deployment.
 *
 * @param enabled on: when its running host is lost (exited, offline, unknown past the grace period, or gone), Dumont
 *     rents a new instance on another host instead of failing it
 * @param snapshotIntervalSeconds how often the workspace is snapshotted while failover is on (the most work a lost host
 *     can cost), 5 min to 24 h; null keeps the deployment's interval (the server's default, 30 min, unless set)
 */
public record StandbyRequest(
        @NotNull UUID deploymentId,
        Boolean enabled,
        @jakarta.validation.constraints.Min(300) @jakarta.validation.constraints.Max(86_400)
                Integer snapshotIntervalSeconds) {

    public StandbyRequest(UUID deploymentId, Boolean enabled) {
        this(deploymentId, enabled, null);
    }
}
