package cloud.dumont.snapshots.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One snapshot of a deployment's workspace; its objects live under {@link SnapshotKeys#prefix}. */
@Entity
@Table(name = "snapshots")
public class SnapshotEntity {

    public enum Status {
        uploading,
        complete,
        failed
    }

    @Id
    private UUID id;

    private UUID deploymentId;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String storageKind;
    private Long bytes;
    private Integer chunkCount;
    private String manifestSha256;
    private Instant createdAt;
    private Instant completedAt;

    protected SnapshotEntity() {}

    public SnapshotEntity(UUID deploymentId, String storageKind, Instant now) {
        this.id = UUID.randomUUID();
        this.deploymentId = deploymentId;
        this.status = Status.uploading;
        this.storageKind = storageKind;
        this.createdAt = now;
    }

    public void complete(long bytes, int chunkCount, String manifestSha256, Instant now) {
        this.status = Status.complete;
        this.bytes = bytes;
        this.chunkCount = chunkCount;
        this.manifestSha256 = manifestSha256;
        this.completedAt = now;
    }

    public void fail(Instant now) {
        this.status = Status.failed;
        this.completedAt = now;
    }

    public UUID getId() {
        return id;
    }

    public UUID getDeploymentId() {
        return deploymentId;
    }

    public Status getStatus() {
        return status;
    }

    public String getStorageKind() {
        return storageKind;
    }

    public Long getBytes() {
        return bytes;
    }

    public Integer getChunkCount() {
        return chunkCount;
    }

    public String getManifestSha256() {
        return manifestSha256;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }
}
