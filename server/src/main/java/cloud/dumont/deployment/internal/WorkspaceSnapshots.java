package cloud.dumont.deployment.internal;

import cloud.dumont.agent.AgentCommands;
import cloud.dumont.agent.AgentReports;
import cloud.dumont.agent.AgentTokens;
import cloud.dumont.agent.CommandState;
import cloud.dumont.api.deployment.DeploymentStatus;
import cloud.dumont.api.deployment.InstanceAttempt;
import cloud.dumont.api.snapshots.SnapshotResponse;
import cloud.dumont.deployment.internal.DeploymentWorkspace.Step;
import cloud.dumont.platform.ProblemException;
import cloud.dumont.snapshots.Snapshots;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The engine's use of workspace snapshots, through the instance's agent: one before every stop (so a wake can restore
 * it on a fresh instance, and stage 2 can destroy the stopped one), periodic ones while failover is on, and the
 * restore a new instance carries out before its app starts. A deployment whose agent was never heard from takes no
 * snapshot, and is never destroyed for one: its stopped disk stays its workspace.
 */
@Component
class WorkspaceSnapshots {

    /** Agent figures older than this are not a reading of now. */
    private static final Duration FRESH = Duration.ofMinutes(2);

    private static final Duration POLL = Duration.ofSeconds(5);

    private final AgentCommands commands;
    private final AgentReports reports;
    private final AgentTokens tokens;
    private final Snapshots snapshots;
    private final HibernationProperties properties;

    WorkspaceSnapshots(
            AgentCommands commands,
            AgentReports reports,
            AgentTokens tokens,
            Snapshots snapshots,
            HibernationProperties properties) {
        this.commands = commands;
        this.reports = reports;
        this.tokens = tokens;
        this.snapshots = snapshots;
        this.properties = properties;
    }

    /**
     * Whether an agent of the deployment has reported since its current instance was ordered, or last woken if that
     * came later. A restart must have started the agent again: an image that runs it from a first-boot provisioning
     * hook does not, and asking such an instance for a snapshot would keep its GPU billed for the whole snapshot
     * timeout before the stop.
     */
    boolean agentHeard(DeploymentEntity d) {
        Instant ordered = d.currentAttempt().map(InstanceAttempt::orderedAt).orElse(null);
        if (ordered == null) {
            return false;
        }
        Instant woken = d.getWakingAt();
        Instant since = woken != null && woken.isAfter(ordered) ? woken : ordered;
        return reports.latest(d.getId())
                .filter(s -> !s.receivedAt().isBefore(since))
                .isPresent();
    }

    /**
     * The GPU utilisation an agent of the deployment reported last within {@link #FRESH}, or null when none did (a
     * heartbeat without a figure, from an instance without nvidia-smi, is no reading).
     */
    Double agentGpuUtilization(DeploymentEntity d, Instant now) {
        return reports.latestGpuUtilizationSince(d.getId(), now.minus(FRESH)).orElse(null);
    }

    /**
     * Hibernating, before the stop: takes a snapshot through the agent and waits for it. Empty when it is over (taken,
     * failed, timed out, or skipped for want of an agent) and the instance may be stopped; else when to look again.
     */
    Optional<Outcome> beforeStop(DeploymentEntity d, Instant now) {
        DeploymentWorkspace w = d.workspace();
        if (w.step() == Step.stopping) {
            return Optional.empty();
        }
        if (w.step() != Step.snapshotting) {
            if (!agentHeard(d)) {
                d.note(
                        "No agent has reported from instance " + d.getInstanceId() + ", so no snapshot: its stopped"
                                + " disk keeps the workspace, and it is kept stopped until you wake or destroy it",
                        now);
                w.moveTo(Step.stopping);
                return Optional.empty();
            }
            UUID id = commands.requestSnapshot(d.getId());
            w.commandSent(Step.snapshotting, id, now);
            d.note("Snapshotting the workspace before stopping (snapshot " + id + ")", now);
            return Optional.of(Outcome.requeueAfter(POLL));
        }
        Optional<CommandState> state = commands.state(w.commandId()).filter(CommandState::finished);
        if (state.isPresent()) {
            if (state.get().status().equals("done")) {
                w.tookHibernationSnapshot(state.get().snapshotId());
                d.note("Workspace snapshot taken: " + describe(state.get().snapshotId()), now);
            } else {
                d.note(
                        "The workspace snapshot failed (" + state.get().error() + "): stopping anyway; the stopped"
                                + " disk keeps the workspace",
                        now);
            }
            w.moveTo(Step.stopping);
            return Optional.empty();
        }
        if (!w.commandAt().plus(properties.snapshotTimeout()).isAfter(now)) {
            d.note(
                    "No snapshot after " + properties.snapshotTimeout().toMinutes() + " min (the agent went quiet):"
                            + " stopping anyway; the stopped disk keeps the workspace",
                    now);
            w.moveTo(Step.stopping);
            return Optional.empty();
        }
        return Optional.of(Outcome.requeueAfter(POLL));
    }

    /** The stage-2 moment of a stopped deployment, if its hibernation took a snapshot; empty otherwise. */
    Optional<Instant> releaseDueAt(DeploymentEntity d) {
        return Optional.ofNullable(d.workspace().releasesAt());
    }

    /** Stopped: with a snapshot, the moment it will be destroyed is fixed now. */
    void stopped(DeploymentEntity d, Instant now) {
        d.workspace().moveTo(null);
        if (d.workspace().hibernationSnapshotId() != null) {
            d.workspace().releaseAt(now.plus(properties.destroyAfter()));
        }
    }

    /** What keeping the hibernation's snapshot costs per hour. */
    double snapshotUsdPerHour(DeploymentEntity d) {
        long bytes = Optional.ofNullable(d.workspace().hibernationSnapshotId())
                .flatMap(snapshots::find)
                .map(SnapshotResponse::bytes)
                .orElse(0L);
        return bytes / 1e9 * properties.snapshotUsdPerGbMonth() / (365.25 * 24 / 12);
    }

    /**
     * At the launch of one of the deployment's instances: asks that instance's agent (named by its token) to restore
     * the snapshot the deployment waits for, before its app starts. A snapshot deleted meanwhile means a fresh start,
     * and the timeline says so.
     */
    void restoreOnLaunch(DeploymentEntity d, String agentToken, Instant now) {
        UUID snapshot = d.workspace().restoreSnapshotId();
        if (snapshot == null) {
            return;
        }
        try {
            commands.requestRestore(d.getId(), snapshot, agentToken);
        } catch (ProblemException e) {
            d.note("Snapshot " + snapshot + " is gone (" + e.getMessage() + "): this instance starts fresh", now);
            d.workspace().restoreAtNextLaunch(null);
        }
    }

    /** Once running: tells how the restore it waited for went, once. */
    void afterRunning(DeploymentEntity d, Instant now) {
        UUID snapshot = d.workspace().restoreSnapshotId();
        if (snapshot == null || d.getStatus() != DeploymentStatus.running) {
            return;
        }
        Optional<CommandState> outcome = commands.restoreOutcome(d.getId(), snapshot);
        if (outcome.isPresent() && outcome.get().status().equals("done")) {
            d.note("Workspace restored from snapshot " + describe(snapshot), now);
        } else {
            d.note(
                    "The workspace was not restored from snapshot " + snapshot
                            + outcome.map(o -> " (" + o.error() + ")").orElse(" (no agent took it)")
                            + "; the snapshot is kept, and the instance started with a fresh workspace",
                    now);
        }
        d.workspace().restoreAtNextLaunch(null);
    }

    /** The newest complete snapshot, for a new host to restore. */
    Optional<SnapshotResponse> latest(DeploymentEntity d) {
        return snapshots.latest(d.getId());
    }

    /**
     * While failover is on and the agent reports: a snapshot every interval, so a lost host costs at most that much
     * work. The first interval starts when the deployment first runs.
     */
    void periodic(DeploymentEntity d, Duration defaultInterval, Instant now) {
        DeploymentWorkspace w = d.workspace();
        if (w.step() == Step.periodic) {
            Optional<CommandState> state = commands.state(w.commandId()).filter(CommandState::finished);
            if (state.isPresent() && !state.get().status().equals("done")) {
                d.note("A periodic workspace snapshot failed (" + state.get().error() + "); trying again later", now);
            }
            if (state.isPresent()
                    || !w.commandAt().plus(properties.snapshotTimeout()).isAfter(now)) {
                w.moveTo(null);
            }
            return;
        }
        if (w.step() != null || !d.isFailoverEnabled() || d.getStatus() != DeploymentStatus.running) {
            return;
        }
        if (w.lastSnapshotAt() == null) {
            w.snapshotAsked(now);
            return;
        }
        if (w.lastSnapshotAt().plus(w.snapshotInterval(defaultInterval)).isAfter(now) || !agentHeard(d)) {
            return;
        }
        w.commandSent(Step.periodic, commands.requestSnapshot(d.getId()), now);
        w.snapshotAsked(now);
    }

    /** The deployment is gone for good: its agents are shut out and its snapshots deleted. */
    int forget(DeploymentEntity d) {
        tokens.revoke(d.getId());
        reports.forget(d.getId());
        return snapshots.deleteAll(d.getId());
    }

    String describe(UUID snapshotId) {
        return snapshots
                .find(snapshotId)
                .map(s -> String.format(
                        Locale.ROOT,
                        "%s (%s in %d chunk%s, %s storage)",
                        s.id(),
                        bytes(s.bytes() == null ? 0 : s.bytes()),
                        s.chunkCount() == null ? 0 : s.chunkCount(),
                        s.chunkCount() != null && s.chunkCount() == 1 ? "" : "s",
                        s.storage()))
                .orElse(snapshotId.toString());
    }

    static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        if (n < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", n / 1024.0);
        }
        if (n < 1024L * 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", n / 1048576.0);
        }
        return String.format(Locale.ROOT, "%.2f GB", n / 1073741824.0);
    }
}
