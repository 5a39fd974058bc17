package cloud.dumont.snapshots.internal;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Snapshot settings ({@code dumont.snapshots.*}).
 *
 * @param keep complete snapshots kept per deployment; older ones are deleted with their objects
 * @param urlTtl how long a pre-signed URL stays valid
 * @param chunkSize the size agents cut an archive into
 * @param publicUrl the URL instances reach this server at (for local storage's URLs); blank: http://127.0.0.1:port
 * @param s3 the bucket; with no endpoint and no bucket, objects go to a directory under the data dir
 */
@Validated
@ConfigurationProperties("dumont.snapshots")
public record SnapshotProperties(
        @Min(1) int keep, @NotNull Duration urlTtl, @NotNull DataSize chunkSize, String publicUrl, S3 s3) {

    public record S3(
            String endpoint, String bucket, String region, String accessKey, String secretKey, boolean pathStyle) {

        public boolean configured() {
            return (endpoint != null && !endpoint.isBlank()) || (bucket != null && !bucket.isBlank());
        }

        @Override
        public String toString() {
            return "S3[endpoint=" + endpoint + ", bucket=" + bucket + ", region=" + region + ", pathStyle=" + pathStyle
                    + "]";
        }
    }
}
