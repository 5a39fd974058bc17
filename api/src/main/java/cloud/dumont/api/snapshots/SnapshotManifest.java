package cloud.dumont.api.snapshots;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What an agent uploaded: the workspace as a gzip-compressed tar stream cut into chunks of {@code chunkSize} bytes
 * (the last one shorter), each stored as its own object with its SHA-256.
 *
 * @param totalBytes the sum of the chunks' sizes
 */
public record SnapshotManifest(
        @Min(1) int formatVersion,
        @Min(1) long chunkSize,
        @PositiveOrZero long totalBytes,
        @NotNull @Size(max = 100_000) List<@Valid @NotNull Chunk> chunks) {

    public static final int FORMAT_VERSION = 1;

    /** One chunk: its place in the stream, size and lowercase hex SHA-256. */
    public record Chunk(
            @Min(0) int index, @PositiveOrZero long bytes, @NotNull @Pattern(regexp = "[0-9a-f]{64}") String sha256) {}
}
