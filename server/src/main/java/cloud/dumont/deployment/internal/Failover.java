package cloud.dumont.deployment.internal;

import cloud.dumont.api.deployment.DeploymentStatus;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Failover on host loss: a running deployment whose instance the provider reports exited, offline or unknown for
 * longer than a grace period (or no longer has at all) is moved to a new host instead of failing. The old instance is
 * destroyed; the new one starts from a fresh workspace, and the event timeline says so.
 */
@Component
class Failover {

    /**
     * {@code dumont.failover.*}.
     *
     * @param enabledByDefault whether a new Vast.ai deployment fails over on its own
     * @param grace how long a host may look lost before Dumont gives it up ("unknown" is sometimes a missed heartbeat)
     */
    @ConfigurationProperties("dumont.failover")
    record Properties(boolean enabledByDefault, Duration grace) {}

    private final Properties properties;
    private final InstanceReleases releases;

    Failover(Properties properties, InstanceReleases releases) {
        this.properties = properties;
        this.releases = releases;
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

    /** Gives the lost instance up for a new one, at once. */
    void replace(DeploymentEntity d, String reason, Instant now) {
        Long lost = d.getInstanceId();
        d.replaceInstance(
                "lost",
                reason,
                "Failover: " + reason + "; renting a new instance on another host (a fresh workspace: the old disk"
                        + " went with its host)",
                now);
        if (lost != null) {
            releases.release(d, lost);
        }
    }
}
