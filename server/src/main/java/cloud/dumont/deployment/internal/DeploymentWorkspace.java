package cloud.dumont.deployment.internal;

import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Where a deployment's workspace stands with respect to snapshots: the agent command in flight, the snapshot its
 * hibernation took, the one its next instance restores, and when its stopped instance was given up for that snapshot
 * (stage 2). Kept apart from the deployment's other state so the workspace's rules read in one place.
 */
@Embeddable
public class DeploymentWorkspace {

    /** What the engine is doing with the workspace now. */
    public enum Step {
        /** A snapshot before a stop is being taken. */
        snapshotting,
        /** The snapshot before a stop is over (taken, failed or skipped): on to stopping the instance. */
        stopping,
        /** A periodic snapshot (for failover) is being taken while the deployment runs. */
        periodic
    }

    private String workspaceStep;
    private UUID workspaceCommandId;
    private Instant workspaceCommandAt;
    private UUID hibernationSnapshotId;
    private UUID restoreSnapshotId;
    private Integer snapshotIntervalSeconds;
    private Instant lastSnapshotAt;
    private Instant releasedAt;
    private Instant releasesAt;
    private Double snapshotUsdPerHour;

    /** Snapshot storage billed in stage-2 stretches that have ended. */
    private double snapshotStorageUsd;

    public Step step() {
        return workspaceStep == null ? null : Step.valueOf(workspaceStep);
    }

    public UUID commandId() {
        return workspaceCommandId;
    }

    public Instant commandAt() {
        return workspaceCommandAt;
    }

    /** A snapshot command was sent. */
    void commandSent(Step step, UUID commandId, Instant now) {
        workspaceStep = step.name();
        workspaceCommandId = commandId;
        workspaceCommandAt = now;
    }

    void moveTo(Step step) {
        workspaceStep = step == null ? null : step.name();
        workspaceCommandId = null;
        workspaceCommandAt = null;
    }

    /** The snapshot taken when the deployment hibernated; null when it hibernated without one. */
    public UUID hibernationSnapshotId() {
        return hibernationSnapshotId;
    }

    void tookHibernationSnapshot(UUID snapshotId) {
        hibernationSnapshotId = snapshotId;
    }

    /** The snapshot the deployment's next instance restores before its app starts; null for none. */
    public UUID restoreSnapshotId() {
        return restoreSnapshotId;
    }

    void restoreAtNextLaunch(UUID snapshotId) {
        restoreSnapshotId = snapshotId;
    }

    public Duration snapshotInterval(Duration serverDefault) {
        return snapshotIntervalSeconds == null ? serverDefault : Duration.ofSeconds(snapshotIntervalSeconds);
    }

    public Integer snapshotIntervalSeconds() {
        return snapshotIntervalSeconds;
    }

    void setSnapshotInterval(Duration interval) {
        snapshotIntervalSeconds = interval == null ? null : (int) interval.toSeconds();
    }

    public Instant lastSnapshotAt() {
        return lastSnapshotAt;
    }

    void snapshotAsked(Instant now) {
        lastSnapshotAt = now;
    }

    /** When the stopped instance was destroyed, its workspace kept only in the snapshot; null in stage 1. */
    public Instant releasedAt() {
        return releasedAt;
    }

    /** When the stopped instance is to be destroyed, keeping only the snapshot; null without one or once done. */
    public Instant releasesAt() {
        return releasedAt == null ? releasesAt : null;
    }

    void releaseAt(Instant when) {
        releasesAt = when;
    }

    /** {@code stopped} or {@code snapshot} while hibernated (see {@code HibernationState.stage}). */
    public String stage() {
        return releasedAt == null ? "stopped" : "snapshot";
    }

    /** What keeping the snapshot costs per hour while only it holds the workspace. */
    public double snapshotUsdPerHour() {
        return snapshotUsdPerHour == null ? 0 : snapshotUsdPerHour;
    }

    void released(Instant now, double snapshotUsdPerHour) {
        this.releasedAt = now;
        this.snapshotUsdPerHour = snapshotUsdPerHour;
    }

    /** What keeping snapshots as the workspace's only home has cost by {@code now}. */
    public double snapshotStorageUsd(Instant now) {
        return snapshotStorageUsd + snapshotStorageBetween(releasedAt, now);
    }

    /** The current stage-2 stretch's storage inside a window. */
    public double snapshotStorageBetween(Instant from, Instant to) {
        if (releasedAt == null || from == null || to == null) {
            return 0;
        }
        Instant start = from.isAfter(releasedAt) ? from : releasedAt;
        return start.isBefore(to)
                ? snapshotUsdPerHour() * Duration.between(start, to).toMillis() / 3_600_000.0
                : 0;
    }

    /** Awake again: the hibernation's snapshot is history (kept, listed), no longer the workspace's only home. */
    void awake(Instant now) {
        snapshotStorageUsd = snapshotStorageUsd(now);
        hibernationSnapshotId = null;
        releasedAt = null;
        releasesAt = null;
        snapshotUsdPerHour = null;
    }
}
