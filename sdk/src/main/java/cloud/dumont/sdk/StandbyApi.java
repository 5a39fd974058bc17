package cloud.dumont.sdk;

import cloud.dumont.api.deployment.DeploymentResponse;
import cloud.dumont.api.deployment.StandbyRequest;
import cloud.dumont.api.deployment.StandbyResponse;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Failover of Vast.ai deployments: with it on, a running deployment whose host is lost (exited, offline or unknown
 * past a 2-minute grace period) moves to a new host, which restores the latest workspace snapshot; the workspace is
 * snapshotted every interval while it runs. Kubernetes deployments have none (a 409 {@link DumontException}): the
 * cluster restarts their pods.
 */
public final class StandbyApi {

    private final Http http;

    StandbyApi(Http http) {
        this.http = http;
    }

    /** The failover of each of your live Vast.ai deployments: on or off, its interval and latest snapshot. */
    public List<StandbyResponse> list() {
        return http.get("/api/v1/standby", Types.listOf(StandbyResponse.class));
    }

    /**
     * Turns failover on or off for a deployment and sets how often its workspace is snapshotted for it.
     *
     * @param snapshotInterval 5 min to 24 h, in whole seconds; null keeps the deployment's interval. Out of range is a
     *     400 {@link DumontException} naming the field, and changes nothing.
     */
    public StandbyResponse configure(UUID deploymentId, boolean enabled, Duration snapshotInterval) {
        Objects.requireNonNull(deploymentId, "deploymentId");
        Integer seconds = snapshotInterval == null ? null : Math.toIntExact(snapshotInterval.toSeconds());
        return http.post("/api/v1/standby", new StandbyRequest(deploymentId, enabled, seconds), StandbyResponse.class);
    }

    /** {@link #configure(UUID, boolean, Duration)} keeping the deployment's snapshot interval. */
    public StandbyResponse configure(UUID deploymentId, boolean enabled) {
        return configure(deploymentId, enabled, null);
    }

    /**
     * Moves a running or unhealthy deployment to a new host now, whether failover is on or off: its instance is
     * destroyed and a new one rented on another host, which restores the latest snapshot (work since it was taken is
     * lost; with none, it starts with a fresh workspace). The answer is the deployment provisioning its new host;
     * follow it with {@link DeploymentsApi#await}. A 409 {@link DumontException} in any other status.
     */
    public DeploymentResponse failoverNow(UUID deploymentId) {
        Objects.requireNonNull(deploymentId, "deploymentId");
        return http.post("/api/v1/standby/failover", new StandbyRequest(deploymentId, null), DeploymentResponse.class);
    }
}
