package cloud.dumont.snapshots;

import cloud.dumont.api.snapshots.PresignedUrl;
import cloud.dumont.api.snapshots.RestorePlan;
import cloud.dumont.api.snapshots.SnapshotManifest;
import cloud.dumont.api.snapshots.SnapshotResponse;
import cloud.dumont.platform.ProblemException;
import cloud.dumont.snapshots.internal.ObjectStore;
import cloud.dumont.snapshots.internal.SnapshotEntity;
import cloud.dumont.snapshots.internal.SnapshotKeys;
import cloud.dumont.snapshots.internal.SnapshotProperties;
import cloud.dumont.snapshots.internal.SnapshotRepository;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Workspace snapshots of deployments: begin one, hand out pre-signed URLs for exactly its objects, verify and complete
 * it (keeping the last {@code DUMONT_SNAPSHOT_KEEP}), plan a restore, list and delete. Callers (the hibernation engine,
 * the agent API) decide who may do what; this service trusts its snapshot ids.
 */
@Service
public class Snapshots {

    /** More chunks than this (800 GB at 8 MiB) is not a workspace but a mistake. */
    static final int MAX_CHUNKS = 100_000;

    private final SnapshotRepository repository;
    private final ObjectStore store;
    private final SnapshotProperties properties;
    private final JsonMapper json;
    private final Clock clock;

    Snapshots(
            SnapshotRepository repository,
            ObjectStore store,
            SnapshotProperties properties,
            JsonMapper json,
            Clock clock) {
        this.repository = repository;
        this.store = store;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    /** Starts a snapshot of the deployment's workspace; chunks may be uploaded from now on. */
    @Transactional
    public UUID begin(UUID deploymentId) {
        return repository
                .save(new SnapshotEntity(deploymentId, store.kind(), clock.instant()))
                .getId();
    }

    /** A pre-signed PUT URL for one chunk of a snapshot still uploading. */
    @Transactional(readOnly = true)
    public PresignedUrl uploadUrl(UUID snapshotId, int chunkIndex) {
        SnapshotEntity s = uploading(snapshotId);
        if (chunkIndex < 0 || chunkIndex >= MAX_CHUNKS) {
            throw ProblemException.badRequest("A chunk index is between 0 and " + (MAX_CHUNKS - 1));
        }
        Duration ttl = properties.urlTtl();
        return new PresignedUrl(
                store.presignPut(SnapshotKeys.chunk(s.getDeploymentId(), s.getId(), chunkIndex), ttl)
                        .toString(),
                "PUT",
                clock.instant().plus(ttl));
    }

    /**
     * Completes a snapshot once every chunk of its manifest is stored with the declared size (checked with the store,
     * not believed), writes the manifest beside the chunks and deletes complete snapshots beyond the newest N. A
     * mismatch is a 422 and changes nothing, so the agent may upload again.
     */
    @Transactional
    public SnapshotResponse complete(UUID snapshotId, SnapshotManifest manifest) {
        SnapshotEntity s = uploading(snapshotId);
        checkShape(manifest);
        for (SnapshotManifest.Chunk chunk : manifest.chunks()) {
            OptionalLong stored = store.size(SnapshotKeys.chunk(s.getDeploymentId(), s.getId(), chunk.index()));
            if (stored.isEmpty() || stored.getAsLong() != chunk.bytes()) {
                throw incomplete("chunk " + chunk.index() + " is "
                        + (stored.isEmpty() ? "missing" : stored.getAsLong() + " bytes, not " + chunk.bytes()));
            }
        }
        byte[] manifestJson = json.writeValueAsBytes(manifest);
        store.put(SnapshotKeys.manifest(s.getDeploymentId(), s.getId()), manifestJson);
        s.complete(manifest.totalBytes(), manifest.chunks().size(), sha256(manifestJson), clock.instant());
        repository.save(s);
        applyRetention(s.getDeploymentId());
        return view(s);
    }

    /** Marks a snapshot still uploading as failed (its objects are deleted). */
    @Transactional
    public void fail(UUID snapshotId) {
        SnapshotEntity s = uploading(snapshotId);
        s.fail(clock.instant());
        repository.save(s);
        store.deletePrefix(SnapshotKeys.prefix(s.getDeploymentId(), s.getId()));
    }

    /** The newest complete snapshot of a deployment. */
    @Transactional(readOnly = true)
    public Optional<SnapshotResponse> latest(UUID deploymentId) {
        return repository.findByDeploymentIdOrderByCreatedAtDesc(deploymentId).stream()
                .filter(s -> s.getStatus() == SnapshotEntity.Status.complete)
                .findFirst()
                .map(this::view);
    }

    @Transactional(readOnly = true)
    public Optional<SnapshotResponse> find(UUID snapshotId) {
        return repository.findById(snapshotId).map(this::view);
    }

    /** The manifest of a complete snapshot, as stored, with a pre-signed GET URL per chunk. */
    @Transactional(readOnly = true)
    public RestorePlan restorePlan(UUID snapshotId) {
        SnapshotEntity s = existing(snapshotId);
        if (s.getStatus() != SnapshotEntity.Status.complete) {
            throw ProblemException.conflict("Snapshot " + snapshotId + " is " + s.getStatus() + ", not complete");
        }
        byte[] stored = store.get(SnapshotKeys.manifest(s.getDeploymentId(), s.getId()));
        if (stored == null || !sha256(stored).equals(s.getManifestSha256())) {
            throw new ProblemException(
                    HttpStatus.CONFLICT,
                    "snapshot-damaged",
                    "Snapshot damaged",
                    "Snapshot " + snapshotId + " has lost its manifest or it was changed");
        }
        SnapshotManifest manifest = json.readValue(stored, SnapshotManifest.class);
        Duration ttl = properties.urlTtl();
        List<RestorePlan.ChunkDownload> chunks = manifest.chunks().stream()
                .map(c -> new RestorePlan.ChunkDownload(
                        c.index(),
                        c.bytes(),
                        c.sha256(),
                        store.presignGet(SnapshotKeys.chunk(s.getDeploymentId(), s.getId(), c.index()), ttl)
                                .toString()))
                .toList();
        return new RestorePlan(s.getId(), manifest, chunks, clock.instant().plus(ttl));
    }

    /** A deployment's snapshots, newest first. */
    @Transactional(readOnly = true)
    public List<SnapshotResponse> list(UUID deploymentId) {
        return repository.findByDeploymentIdOrderByCreatedAtDesc(deploymentId).stream()
                .map(this::view)
                .toList();
    }

    /** Deletes a snapshot's objects, then its record. */
    @Transactional
    public void delete(UUID snapshotId) {
        SnapshotEntity s = existing(snapshotId);
        store.deletePrefix(SnapshotKeys.prefix(s.getDeploymentId(), s.getId()));
        repository.delete(s);
    }

    /** Deletes every snapshot of a deployment (when it is gone for good); returns how many there were. */
    @Transactional
    public int deleteAll(UUID deploymentId) {
        List<SnapshotEntity> all = repository.findByDeploymentIdOrderByCreatedAtDesc(deploymentId);
        all.forEach(s -> delete(s.getId()));
        return all.size();
    }

    /** The size agents cut an archive into. */
    public long chunkSize() {
        return properties.chunkSize().toBytes();
    }

    /** {@code s3} or {@code local}: where new snapshots are stored. */
    public String storageKind() {
        return store.kind();
    }

    private void applyRetention(UUID deploymentId) {
        List<SnapshotEntity> all = repository.findByDeploymentIdOrderByCreatedAtDesc(deploymentId);
        List<SnapshotEntity> complete = all.stream()
                .filter(s -> s.getStatus() == SnapshotEntity.Status.complete)
                .toList();
        complete.stream().skip(properties.keep()).forEach(s -> delete(s.getId()));
        Instant newest = complete.getFirst().getCreatedAt();
        all.stream()
                .filter(s -> s.getStatus() == SnapshotEntity.Status.failed)
                .filter(s -> s.getCreatedAt().isBefore(newest))
                .forEach(s -> delete(s.getId()));
    }

    private static void checkShape(SnapshotManifest manifest) {
        if (manifest.formatVersion() != SnapshotManifest.FORMAT_VERSION) {
            throw incomplete(
                    "format version " + manifest.formatVersion() + " is not " + SnapshotManifest.FORMAT_VERSION);
        }
        long total = 0;
        for (int i = 0; i < manifest.chunks().size(); i++) {
            SnapshotManifest.Chunk chunk = manifest.chunks().get(i);
            if (chunk.index() != i) {
                throw incomplete("chunks must be listed in order from 0; entry " + i + " is chunk " + chunk.index());
            }
            total += chunk.bytes();
        }
        if (total != manifest.totalBytes()) {
            throw incomplete("total_bytes is " + manifest.totalBytes() + " but the chunks add up to " + total);
        }
    }

    private SnapshotEntity uploading(UUID snapshotId) {
        SnapshotEntity s = existing(snapshotId);
        if (s.getStatus() != SnapshotEntity.Status.uploading) {
            throw ProblemException.conflict("Snapshot " + snapshotId + " is already " + s.getStatus());
        }
        return s;
    }

    private SnapshotEntity existing(UUID snapshotId) {
        return repository.findById(snapshotId).orElseThrow(() -> ProblemException.notFound("Snapshot " + snapshotId));
    }

    private SnapshotResponse view(SnapshotEntity s) {
        return new SnapshotResponse(
                s.getId(),
                s.getDeploymentId(),
                s.getStatus().name(),
                s.getStorageKind(),
                s.getBytes(),
                s.getChunkCount(),
                s.getManifestSha256(),
                s.getCreatedAt(),
                s.getCompletedAt(),
                Math.max(0, Duration.between(s.getCreatedAt(), clock.instant()).toSeconds()));
    }

    private static ProblemException incomplete(String detail) {
        return new ProblemException(
                HttpStatus.UNPROCESSABLE_CONTENT, "snapshot-incomplete", "Snapshot incomplete", detail);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
