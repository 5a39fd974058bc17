package cloud.dumont.api.deployment;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * Failover for one deployment.
 *
 * @param enabled on: when its running host is lost (exited, offline, unknown past the grace period, or gone), Dumont
 *     rents a new instance on another host instead of failing it
 */
public record StandbyRequest(@NotNull UUID deploymentId, Boolean enabled) {}
