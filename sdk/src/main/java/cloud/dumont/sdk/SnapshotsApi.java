package cloud.dumont.sdk;

import cloud.dumont.api.snapshots.SnapshotResponse;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A deployment's workspace snapshots: taken by its instance's agent before a hibernation stops it and, with failover
 * on, periodically while it runs; restored by a wake or a failover on a new instance. The newest few are kept.
 */
public final class SnapshotsApi {

    private final Http http;

    SnapshotsApi(Http http) {
        this.http = http;
    }

    /** The deployment's snapshots, newest first, with status, size and age. */
    public List<SnapshotResponse> list(UUID deploymentId) {
        Objects.requireNonNull(deploymentId, "deploymentId");
        return http.get("/api/v1/deployments/" + deploymentId + "/snapshots", Types.listOf(SnapshotResponse.class));
    }

    /**
     * Deletes a snapshot and its stored objects; this cannot be undone. A snapshot the deployment relies on (its
     * hibernation's, or one a new instance is restoring) is refused with a 409 {@link DumontException}.
     */
    public void delete(UUID deploymentId, UUID snapshotId) {
        Objects.requireNonNull(deploymentId, "deploymentId");
        Objects.requireNonNull(snapshotId, "snapshotId");
        http.delete("/api/v1/deployments/" + deploymentId + "/snapshots/" + snapshotId);
    }
}
