package cloud.dumont.deployment.internal;

import cloud.dumont.api.deployment.DeploymentStatus;
import cloud.dumont.api.snapshots.SnapshotResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Failover on host loss: a running deployment whose instance the provider reports exited, offline or unknown for
 * longer than a grace period (or no longer has at all) is moved to a new host instead of failing. The old instance is
 * destroyed; the new one restores the latest workspace snapshot (taken every {@code snapshot-interval} while failover
 * is on, see {@link WorkspaceSnapshots#periodic}) before its app starts, or starts fresh when there is none, and the
 * event timeline says which.
 */
@Component
class Failover {

    /**
     * {@code dumont.failover.*}.
     *
     * @param enabledByDefault whether a new Vast.ai deployment fails over on its own
     * @param grace how long a host may look lost before Dumont gives it up ("unknown" is sometimes a missed heartbeat)
     * @param snapshotInterval how often a deployment with failover on snapshots its workspace, unless it sets its own
     */
    @ConfigurationProperties("dumont.failover")
    record Properties(boolean enabledByDefault, Duration grace, Duration snapshotInterval) {}

    private final Properties properties;
    private final InstanceReleases releases;
    private final WorkspaceSnapshots workspaces;

    Failover(Properties properties, InstanceReleases releases, WorkspaceSnapshots workspaces) {
        this.properties = properties;
        this.releases = releases;
        this.workspaces = workspaces;
    }

    Duration snapshotInterval() {
        return properties.snapshotInterval() == null ? Duration.ofMinutes(30) : properties.snapshotInterval();
    }

    boolean enabledByDefault() {
        return properties.enabledByDefault();
    }

    /** Failover is for a deployment that was serving: one still on its way has its strategy's own ways. */
    boolean applies(DeploymentEntity d) {
        return d.isFailoverEnabled()
                && (d.getStatus() == DeploymentStatus.running || d.getStatus() == DeploymentStatus.unhealthy);
    }

    /** The provider says the host is down: wait out the grace period, then move on. */
    void hostDown(DeploymentEntity d, String what, Instant now) {
        if (d.hostLost(what, now).plus(properties.grace()).isAfter(now)) {
            return;
        }
        replace(d, "its host was lost (" + what + ") for " + properties.grace().toSeconds() + " s", now);
    }

    /** Gives the lost instance up for a new one, at once, which restores the latest snapshot if there is one. */
    void replace(DeploymentEntity d, String reason, Instant now) {
        Long lost = d.getInstanceId();
        Optional<SnapshotResponse> latest = workspaces.latest(d);
        d.workspace().restoreAtNextLaunch(latest.map(SnapshotResponse::id).orElse(null));
        d.workspace().moveTo(null); // a periodic snapshot in flight went with the host
        d.replaceInstance(
                "lost",
                reason,
                "Failover: " + reason + "; renting a new instance on another host, "
                        + latest.map(s -> "which restores the latest snapshot, " + workspaces.describe(s.id())
                                        + ", taken at " + s.createdAt() + " (work since then went with the host)")
                                .orElse("with a fresh workspace (no snapshot was taken: the old disk went with its"
                                        + " host)"),
                now);
        if (lost != null) {
            releases.release(d, lost);
        }
    }
}
