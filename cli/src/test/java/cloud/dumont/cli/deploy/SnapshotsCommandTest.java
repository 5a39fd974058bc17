package cloud.dumont.cli.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloud.dumont.api.snapshots.SnapshotResponse;
import cloud.dumont.cli.UserError;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SnapshotsCommandTest {

    private static final SnapshotResponse A = snapshot("5a0c1111-0000-4000-8000-000000000001");
    private static final SnapshotResponse B = snapshot("5a0c2222-0000-4000-8000-000000000002");

    @Test
    void sizesReadInBinaryUnitsAsOnTheWeb() {
        assertThat(SnapshotsCommand.size(512)).isEqualTo("512 B");
        assertThat(SnapshotsCommand.size(1536)).isEqualTo("1.5 KB");
        assertThat(SnapshotsCommand.size(1024)).isEqualTo("1.0 KB");
        assertThat(SnapshotsCommand.size(2_684_354_560L)).isEqualTo("2.5 GB");
        assertThat(SnapshotsCommand.size(50L * 1024 * 1024 * 1024)).isEqualTo("50 GB");
    }

    @Test
    void aSnapshotIsPickedByAUniquePrefix() {
        assertThat(SnapshotsCommand.pick(List.of(A, B), "5A0C2")).isEqualTo(B);
        assertThatThrownBy(() -> SnapshotsCommand.pick(List.of(A, B), "5a0c"))
                .isInstanceOf(UserError.class)
                .hasMessage("'5a0c' matches 2 snapshots; give more of the id");
        assertThatThrownBy(() -> SnapshotsCommand.pick(List.of(A, B), "5a0"))
                .isInstanceOf(UserError.class)
                .hasMessage("Give at least 4 characters of the snapshot id");
    }

    private static SnapshotResponse snapshot(String id) {
        UUID deployment = UUID.fromString("3f6c1c2e-0000-4000-8000-000000000000");
        Instant at = Instant.parse("2026-07-01T10:00:00Z");
        return new SnapshotResponse(UUID.fromString(id), deployment, "complete", "s3", 1024L, 1, "ab", at, at, 60);
    }
}
