package cloud.dumont.api.snapshots;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** How an agent restores a snapshot: its manifest and a pre-signed GET URL per chunk, valid until expiresAt. */
public record RestorePlan(UUID snapshotId, SnapshotManifest manifest, List<ChunkDownload> chunks, Instant expiresAt) {

    public record ChunkDownload(int index, long bytes, String sha256, String url) {}
}
