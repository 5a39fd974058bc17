package cloud.dumont.api.snapshots;

import java.time.Instant;
import java.util.UUID;

/**
 * A workspace snapshot of a deployment, as its owner sees it.
 *
 * @param status uploading, complete or failed
 * @param storage where its objects live: s3 (an S3-compatible bucket) or local (a directory of the Dumont server)
 * @param bytes the compressed archive's size (all chunks); null until complete
 * @param ageSeconds seconds since the snapshot began
 */
public record SnapshotResponse(
        UUID id,
        UUID deploymentId,
        String status,
        String storage,
        Long bytes,
        Integer chunkCount,
        String manifestSha256,
        Instant createdAt,
        Instant completedAt,
        long ageSeconds) {}
