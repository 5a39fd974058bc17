package cloud.dumont.snapshots.internal;

import java.util.UUID;

/** Object keys: {@code snapshots/<deployment id>/<snapshot id>/chunk-00000} ... and {@code .../manifest.json}. */
public final class SnapshotKeys {

    private SnapshotKeys() {}

    public static String prefix(UUID deploymentId, UUID snapshotId) {
        return "snapshots/" + deploymentId + "/" + snapshotId + "/";
    }

    public static String chunk(UUID deploymentId, UUID snapshotId, int index) {
        return prefix(deploymentId, snapshotId) + "chunk-%05d".formatted(index);
    }

    public static String manifest(UUID deploymentId, UUID snapshotId) {
        return prefix(deploymentId, snapshotId) + "manifest.json";
    }
}
