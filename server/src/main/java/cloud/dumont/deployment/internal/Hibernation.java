package cloud.dumont.deployment.internal;

import cloud.dumont.api.deployment.DeploymentStatus;
import cloud.dumont.provider.CloudInstance;
import cloud.dumont.provider.GpuCloud;
import cloud.dumont.provider.InstanceState;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Auto-hibernation of Vast.ai deployments: a running deployment whose GPU stays under its threshold while its app
 * shows no activity, for its whole idle window, is stopped (its GPU released and no longer billed, its disk kept), and
 * started again on a wake. Missing data (no GPU figure, an app that does not answer) never counts as idle.
 */
@Component
class Hibernation {

    private final GpuCloud cloud;
    private final AppActivity activity;
    private final HibernationProperties properties;
    private final DeploymentProperties deployments;

    Hibernation(
            GpuCloud cloud, AppActivity activity, HibernationProperties properties, DeploymentProperties deployments) {
        this.cloud = cloud;
        this.activity = activity;
        this.properties = properties;
        this.deployments = deployments;
    }

    /**
     * A running deployment's idle check, after its health check passed. Returns when to look again, or empty when it
     * is not idle long enough to matter before the next regular check.
     */
    Optional<Outcome> consider(DeploymentEntity d, CloudInstance instance, Instant now) {
        if (!d.isHibernationEnabled() || d.getStatus() != DeploymentStatus.running) {
            return Optional.empty();
        }
        Double gpu = instance.gpuUtilization();
        AppActivity.Reading app = activity.read(d, instance);
        boolean gpuIdle = gpu != null && gpu < d.getIdleThresholdPct();
        boolean appIdle = app.kind() == AppActivity.Kind.IDLE || app.kind() == AppActivity.Kind.NOT_APPLICABLE;
        String signal = (gpu == null ? "GPU utilisation unknown" : String.format(Locale.ROOT, "GPU %.0f %%", gpu))
                + ", " + app.detail();
        d.idleCheck(gpuIdle && appIdle, signal, now);
        if (d.getIdleSince() == null) {
            return Optional.empty();
        }
        Duration idleFor = Duration.between(d.getIdleSince(), now);
        Duration window = d.getIdleWindow();
        if (idleFor.compareTo(window) >= 0) {
            return Optional.of(stop(
                    d,
                    "Idle for " + minutes(window) + " (" + signal + "): stopping the instance to stop paying for its"
                            + " GPU; its disk is kept, and a wake resumes it",
                    now));
        }
        Duration warnAt = window.minus(properties.warnBefore());
        if (!d.isIdleWarned() && idleFor.compareTo(warnAt) >= 0) {
            d.markIdleWarned();
            d.note(
                    "Idle (" + signal + "): hibernating in " + seconds(window.minus(idleFor))
                            + " unless the GPU or the app gets busy",
                    now);
        }
        // Look again when the warning or the hibernation falls due, if that comes before the regular check.
        Duration next = idleFor.compareTo(warnAt) < 0 ? warnAt.minus(idleFor) : window.minus(idleFor);
        return next.compareTo(deployments.runningCheckInterval()) < 0
                ? Optional.of(Outcome.requeueAfter(next))
                : Optional.empty();
    }

    /** Starts hibernating; the next pass stops the instance (see {@link #hibernating}). */
    Outcome stop(DeploymentEntity d, String message, Instant now) {
        d.moveTo(DeploymentStatus.hibernating, message, now);
        return Outcome.requeueAfter(Duration.ZERO);
    }

    /** Hibernating: waits for the provider to show the instance stopped, asking again if it does not. */
    Outcome hibernating(DeploymentEntity d, Optional<CloudInstance> seen, Instant now) {
        if (seen.isEmpty()) {
            return Outcome.done();
        }
        if (seen.get().state() != InstanceState.STOPPED) {
            cloud.stop(d.getInstanceId()); // idempotent; a lost answer or a restart in between is covered
            return Outcome.requeueAfter(deployments.pollInterval());
        }
        d.hibernated(now);
        d.setEndpoints(null);
        d.moveTo(
                DeploymentStatus.hibernated,
                "Hibernated: instance " + d.getInstanceId() + " is stopped, its GPU no longer billed; wake it to"
                        + " resume where you left off",
                now);
        return Outcome.requeueAfter(Duration.ofMinutes(1));
    }

    /** Hibernated: nothing to do but notice when the provider loses the stopped instance. */
    Outcome hibernated(DeploymentEntity d, Optional<CloudInstance> seen) {
        return seen.isEmpty() ? Outcome.done() : Outcome.requeueAfter(Duration.ofMinutes(1));
    }

    /** A wake was asked for: start the stopped instance. */
    void wake(DeploymentEntity d, Instant now) {
        d.wake(now);
        d.moveTo(
                DeploymentStatus.waking,
                "Waking: starting instance " + d.getInstanceId() + " again (about a minute with its image cached)",
                now);
    }

    private static String minutes(Duration d) {
        return d.toSeconds() % 60 == 0 ? d.toMinutes() + " min" : d.toSeconds() + " s";
    }

    static String seconds(Duration d) {
        return Math.max(0, d.toSeconds()) + " s";
    }
}
