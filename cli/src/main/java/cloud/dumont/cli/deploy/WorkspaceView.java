package cloud.dumont.cli.deploy;

import cloud.dumont.api.deployment.DeploymentResponse;
import cloud.dumont.api.deployment.HibernationState;
import cloud.dumont.api.deployment.StandbyResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** Where a deployment's workspace is while it hibernates, and what failover would restore, in a line each. */
final class WorkspaceView {

    private WorkspaceView() {}

    /**
     * The hibernation's stage, or null unless the server says it is hibernated in one:
     *
     * <ul>
     *   <li>{@code stopped, disk kept (billed $0.0042/h); only snapshot 5a0c0000 is kept from 2026-07-01T12:30:00Z (in
     *       23 min)}
     *   <li>{@code stopped without a snapshot: the disk holds your workspace and is kept until you wake or destroy it}
     *   <li>{@code only the workspace snapshot 5a0c0000 is kept: a wake rents a new GPU and restores it (1–2 min)}
     * </ul>
     */
    static String hibernationStage(HibernationState h, Double diskPerHour, Instant now) {
        if (h == null || h.stage() == null) {
            return null;
        }
        if (h.stage().equals("snapshot")) {
            return "only the workspace snapshot" + snapshot(h.snapshotId())
                    + " is kept: a wake rents a new GPU and restores it (1–2 min)";
        }
        String billed = diskPerHour == null ? "" : " (billed " + perHour(diskPerHour) + ")";
        if (h.snapshotId() == null) {
            return "stopped without a snapshot: the disk holds your workspace and is kept until you wake or destroy"
                    + " it" + billed;
        }
        String released = h.releasesAt() == null
                ? "; snapshot " + shortId(h.snapshotId()) + " taken"
                : "; only snapshot " + shortId(h.snapshotId()) + " is kept from " + h.releasesAt() + " ("
                        + until(h.releasesAt(), now) + ")";
        return "stopped, disk kept" + billed + released;
    }

    /** What the disk of the deployment's current instance costs per hour while stopped; null when not known. */
    static Double diskPerHour(DeploymentResponse d) {
        if (d.attempts() == null || d.attempts().isEmpty()) {
            return null;
        }
        // The current instance's disk: another host priced its own differently.
        return d.attempts().stream()
                .filter(a -> d.instanceId() != null && a.instanceId() == d.instanceId())
                .findFirst()
                .orElse(d.attempts().getLast())
                .storagePerHour();
    }

    /**
     * Failover in a line: {@code on: a lost host is replaced by a new one, which restores the latest snapshot; one
     * every 30 min while it runs, latest at 2026-07-01T12:00:00Z (12 min ago)}, or {@code off: a lost host fails the
     * deployment (on, it snapshots every 30 min)}.
     */
    static String failover(StandbyResponse s, Instant now) {
        return state(s) + ": " + failoverDetail(s, now);
    }

    /** {@code on} or {@code off}. */
    static String state(StandbyResponse s) {
        return s.enabled() ? "on" : "off";
    }

    /** What failover does for this deployment now, after its state. */
    static String failoverDetail(StandbyResponse s, Instant now) {
        String interval = DeploymentView.runTime(s.snapshotIntervalSeconds());
        if (!s.enabled()) {
            return "a lost host fails the deployment (on, it snapshots every " + interval + ")";
        }
        if (!s.restoresWorkspace()) {
            return "a new host would start with a fresh workspace: no snapshot yet, and no agent has reported from"
                    + " this instance to take one";
        }
        String latest = s.latestSnapshotAt() == null
                ? ", none yet"
                : ", latest at " + s.latestSnapshotAt() + " (" + ago(s.latestSnapshotAt(), now) + ")";
        return "a lost host is replaced by a new one, which restores the latest snapshot; one every " + interval
                + " while it runs" + latest;
    }

    private static String snapshot(UUID id) {
        return id == null ? "" : " " + shortId(id);
    }

    private static String shortId(UUID id) {
        return id.toString().substring(0, 8);
    }

    private static String perHour(double usd) {
        return String.format(Locale.ROOT, usd < 1 ? "$%.4f/h" : "$%.2f/h", usd);
    }

    /** "in 23 min", "in 1 h 5 min", or "any moment now" once it is due. */
    private static String until(Instant at, Instant now) {
        long seconds = Duration.between(now, at).toSeconds();
        return seconds < 60 ? "any moment now" : "in " + DeploymentView.runTime((int) (seconds / 60 * 60));
    }

    /** "12 min ago", "2 h 5 min ago", "just now". */
    private static String ago(Instant at, Instant now) {
        return ago(Duration.between(at, now).toSeconds());
    }

    /** How long ago, from an age in seconds: "12 min ago", "2 h 5 min ago", "just now". */
    static String ago(long seconds) {
        return seconds < 60 ? "just now" : DeploymentView.runTime((int) (seconds / 60 * 60)) + " ago";
    }
}
