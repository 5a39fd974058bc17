package cloud.dumont.cli.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.dumont.api.deployment.DeploymentStatus;
import cloud.dumont.api.deployment.HibernationState;
import cloud.dumont.api.deployment.StandbyResponse;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The hibernation stage and failover lines of {@code deployments show}, for each state, without a server. */
class WorkspaceViewTest {

    private static final Instant NOW = Instant.parse("2026-07-01T12:07:00Z");
    private static final UUID SNAPSHOT = UUID.fromString("5a0c0000-0000-4000-8000-000000000001");
    private static final UUID DEPLOYMENT = UUID.fromString("9d3c2f4a-0000-4000-8000-0000000000d1");

    @Test
    void stageOneSaysWhatTheDiskCostsAndWhenOnlyTheSnapshotIsKept() {
        HibernationState h = hibernated("stopped", SNAPSHOT, Instant.parse("2026-07-01T12:30:30Z"));

        assertThat(WorkspaceView.hibernationStage(h, 0.0042, NOW))
                .isEqualTo("stopped, disk kept (billed $0.0042/h); only snapshot 5a0c0000 is kept from"
                        + " 2026-07-01T12:30:30Z (in 23 min)");
        assertThat(WorkspaceView.hibernationStage(h, null, Instant.parse("2026-07-01T12:30:00Z")))
                .as("no disk price known, and due")
                .isEqualTo("stopped, disk kept; only snapshot 5a0c0000 is kept from 2026-07-01T12:30:30Z (any moment"
                        + " now)");
    }

    @Test
    void withoutASnapshotTheDiskIsKeptUntilWakeOrDestroy() {
        assertThat(WorkspaceView.hibernationStage(hibernated("stopped", null, null), 0.0042, NOW))
                .isEqualTo("stopped without a snapshot: the disk holds your workspace and is kept until you wake or"
                        + " destroy it (billed $0.0042/h)");
    }

    @Test
    void stageTwoKeepsOnlyTheSnapshotAndAWakeRentsANewGpu() {
        assertThat(WorkspaceView.hibernationStage(hibernated("snapshot", SNAPSHOT, null), 0.0042, NOW))
                .isEqualTo("only the workspace snapshot 5a0c0000 is kept: a wake rents a new GPU and restores it"
                        + " (1–2 min)");
    }

    @Test
    void noStageWhileAwakeOrFromAnOlderServer() {
        assertThat(WorkspaceView.hibernationStage(hibernated(null, null, null), 0.0042, NOW))
                .isNull();
        assertThat(WorkspaceView.hibernationStage(null, null, NOW)).isNull();
    }

    @Test
    void failoverSaysWhatALostHostWouldCost() {
        assertThat(WorkspaceView.failover(failover(true, true, Instant.parse("2026-07-01T11:55:00Z")), NOW))
                .isEqualTo("on: a lost host is replaced by a new one, which restores the latest snapshot; one every"
                        + " 30 min while it runs, latest at 2026-07-01T11:55:00Z (12 min ago)");
        assertThat(WorkspaceView.failover(failover(true, true, null), NOW)).endsWith("while it runs, none yet");
        assertThat(WorkspaceView.failover(failover(true, false, null), NOW))
                .isEqualTo("on: a new host would start with a fresh workspace: no snapshot yet, and no agent has"
                        + " reported from this instance to take one");
        assertThat(WorkspaceView.failover(failover(false, false, null), NOW))
                .isEqualTo("off: a lost host fails the deployment (on, it snapshots every 30 min)");
    }

    private static HibernationState hibernated(String stage, UUID snapshot, Instant releasesAt) {
        return new HibernationState(
                true,
                5,
                180,
                null,
                null,
                stage == null ? null : Instant.parse("2026-07-01T12:00:30Z"),
                0.5,
                null,
                null,
                null,
                null,
                null,
                null,
                stage,
                snapshot,
                releasesAt);
    }

    private static StandbyResponse failover(boolean enabled, boolean restores, Instant latest) {
        return new StandbyResponse(DEPLOYMENT, "JupyterLab", DeploymentStatus.running, enabled, restores, 1800, latest);
    }
}
