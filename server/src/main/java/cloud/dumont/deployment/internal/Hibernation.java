package cloud.dumont.deployment.internal;

import cloud.dumont.api.deployment.DeploymentStatus;
import cloud.dumont.provider.CloudInstance;
import cloud.dumont.provider.GpuCloud;
import cloud.dumont.provider.InstanceState;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Auto-hibernation of Vast.ai deployments: a running deployment whose GPU stays under its threshold while its app
 * shows no activity, for its whole idle window, is stopped (its GPU released and no longer billed, its disk kept), and
 * started again on a wake. Missing data (no GPU figure, an app that does not answer) never counts as idle.
 */
@Component
class Hibernation {

    /**
     * How often a hibernated deployment with nothing rented is looked at: never needed (a wake reschedules it at
     * once), but "done" is for final states only, and the loop would take it up again at once.
     */
    static final Outcome RELEASED_CHECK = Outcome.requeueAfter(Duration.ofHours(1));

    private final GpuCloud cloud;
    private final AppActivity activity;
    private final HibernationProperties properties;
    private final DeploymentProperties deployments;
    private final WorkspaceSnapshots workspaces;
    private final InstanceReleases releases;

    Hibernation(
            GpuCloud cloud,
            AppActivity activity,
            HibernationProperties properties,
            DeploymentProperties deployments,
            WorkspaceSnapshots workspaces,
            InstanceReleases releases) {
        this.cloud = cloud;
        this.activity = activity;
        this.properties = properties;
        this.deployments = deployments;
        this.workspaces = workspaces;
        this.releases = releases;
    }

    /**
     * A running deployment's scheduled stops and idle check, after its health check passed. Returns when to look
     * again, or empty when nothing falls due before the next regular check.
     */
    Optional<Outcome> consider(DeploymentEntity d, CloudInstance instance, Instant now) {
        // Working hours and the run limit come first: the owner's explicit choices stop even a busy deployment,
        // whether idle hibernation is on or off (see ScheduledStops, StopSchedule).
        StopSchedule.Verdict scheduled = ScheduledStops.judge(d, now, properties.warnBefore());
        if (scheduled.stopNow().isPresent()) {
            return Optional.of(stop(d, scheduled.stopNow().get().reason(), now));
        }
        return ScheduledStops.sooner(
                considerIdle(d, instance, now), scheduled, now, deployments.runningCheckInterval());
    }

    private Optional<Outcome> considerIdle(DeploymentEntity d, CloudInstance instance, Instant now) {
        if (!d.isHibernationEnabled() || d.getStatus() != DeploymentStatus.running) {
            return Optional.empty();
        }
        Double gpu = busiest(instance.gpuUtilization(), workspaces.agentGpuUtilization(d, now));
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

    /**
     * The GPU figure to judge by: Vast.ai's and the agent's, the busier of the two when both are known (either may lag
     * behind the other), null when neither is.
     */
    private static Double busiest(Double provider, Double agent) {
        if (provider == null) {
            return agent;
        }
        return agent == null ? provider : Math.max(provider, agent);
    }

    /** Starts hibernating; the next pass stops the instance (see {@link #hibernating}). */
    Outcome stop(DeploymentEntity d, String message, Instant now) {
        d.moveTo(DeploymentStatus.hibernating, message, now);
        return Outcome.requeueAfter(Duration.ZERO);
    }

    /**
     * Hibernating: snapshots the workspace through the agent (see {@link WorkspaceSnapshots#beforeStop}), then stops
     * the instance and waits for the provider to show it stopped, asking again if it does not.
     */
    Outcome hibernating(DeploymentEntity d, Optional<CloudInstance> seen, Instant now) {
        if (seen.isEmpty()) {
            return Outcome.done();
        }
        if (seen.get().state() != InstanceState.STOPPED) {
            Optional<Outcome> snapshotting = workspaces.beforeStop(d, now);
            if (snapshotting.isPresent()) {
                return snapshotting.get();
            }
            cloud.stop(d.getInstanceId()); // idempotent; a lost answer or a restart in between is covered
            return Outcome.requeueAfter(deployments.pollInterval());
        }
        d.hibernated(now);
        workspaces.stopped(d, now);
        d.setEndpoints(null);
        d.moveTo(
                DeploymentStatus.hibernated,
                "Hibernated: instance " + d.getInstanceId() + " is stopped, its GPU no longer billed; wake it to"
                        + " resume where you left off",
                now);
        return Outcome.requeueAfter(Duration.ofMinutes(1));
    }

    /**
     * Hibernated. Stage 1 (stopped) lasts {@code destroy-after} when the hibernation took a snapshot: then the stopped
     * instance is destroyed and only the snapshot kept (stage 2), so neither GPU nor disk is billed. Without a snapshot
     * the stopped disk holds the only copy of the workspace and is kept.
     */
    Outcome hibernated(DeploymentEntity d, Optional<CloudInstance> seen, Instant now) {
        if (seen.isEmpty()) {
            // The provider lost the stopped instance: with a snapshot it is now stage 2, without one it failed.
            return d.getStatus() == DeploymentStatus.hibernated ? RELEASED_CHECK : Outcome.done();
        }
        Optional<Instant> releaseAt = workspaces.releaseDueAt(d);
        if (releaseAt.isEmpty()) {
            return Outcome.requeueAfter(Duration.ofMinutes(1));
        }
        if (releaseAt.get().isAfter(now)) {
            Duration wait = Duration.between(now, releaseAt.get());
            return Outcome.requeueAfter(wait.compareTo(Duration.ofMinutes(1)) < 0 ? wait : Duration.ofMinutes(1));
        }
        long stopped = d.getInstanceId();
        UUID snapshot = d.workspace().hibernationSnapshotId();
        String reason =
                "stopped for " + minutes(properties.destroyAfter()) + "; the workspace is in snapshot " + snapshot;
        d.releaseStoppedInstance(reason, workspaces.snapshotUsdPerHour(d), now);
        releases.release(d, stopped);
        d.moveTo( // still hibernated, at its second stage: the status message says where the workspace is now
                DeploymentStatus.hibernated,
                "Instance " + stopped + " destroyed after " + minutes(properties.destroyAfter()) + " stopped: only"
                        + " snapshot " + workspaces.describe(snapshot) + " is kept, so neither its GPU nor its disk is"
                        + " billed; a wake rents a new instance and restores it",
                now);
        return RELEASED_CHECK;
    }

    /**
     * A wake was asked for. Stopped (stage 1): start the same instance; if the hibernation took a snapshot, any new
     * instance rented while waking (beside the restart, or instead of it) restores it first. Destroyed (stage 2): rent
     * a new instance that restores the snapshot before its app starts.
     */
    void wake(DeploymentEntity d, Instant now) {
        UUID snapshot = d.workspace().hibernationSnapshotId();
        d.wake(now);
        if (snapshot != null) {
            d.workspace().restoreAtNextLaunch(snapshot);
        }
        if (d.getInstanceId() == null) {
            d.moveTo(
                    DeploymentStatus.provisioning,
                    "Waking: renting a new instance, which restores snapshot " + workspaces.describe(snapshot)
                            + " before its app starts",
                    now);
            return;
        }
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
