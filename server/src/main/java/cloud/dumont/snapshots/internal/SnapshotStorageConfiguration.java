package cloud.dumont.snapshots.internal;

import cloud.dumont.platform.DumontProperties;
import cloud.dumont.snapshots.InstanceFacingUrl;
import java.net.URI;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Picks the object store: the configured S3-compatible bucket, or, with none configured, a directory under the data
 * dir served by this server, so the default run can still hibernate with snapshots (and says that it stores locally).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SnapshotProperties.class)
class SnapshotStorageConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SnapshotStorageConfiguration.class);

    @Bean
    ObjectStore objectStore(
            SnapshotProperties properties, DumontProperties dumont, InstanceFacingUrl baseUrl, Clock clock) {
        SnapshotProperties.S3 s3 = properties.s3();
        if (s3 == null || !s3.configured()) {
            log.info(
                    "Snapshots: no S3 bucket configured (DUMONT_S3_BUCKET); objects are kept in {}",
                    dumont.dataDir().resolve("snapshot-store"));
            return new LocalObjectStore(dumont.dataDir().resolve("snapshot-store"), baseUrl::get, clock);
        }
        if (s3.bucket() == null || s3.bucket().isBlank()) {
            throw new IllegalStateException("DUMONT_S3_ENDPOINT is set but DUMONT_S3_BUCKET is not");
        }
        log.info("Snapshots: S3 bucket {} at {}", s3.bucket(), s3.endpoint() == null ? "AWS" : s3.endpoint());
        Region region = Region.of(s3.region() == null || s3.region().isBlank() ? "us-east-1" : s3.region());
        AwsCredentialsProvider credentials =
                s3.accessKey() == null || s3.accessKey().isBlank()
                        ? DefaultCredentialsProvider.builder().build()
                        : StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKey(), s3.secretKey()));
        S3Configuration service =
                S3Configuration.builder().pathStyleAccessEnabled(s3.pathStyle()).build();
        var client = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(region)
                .credentialsProvider(credentials)
                .serviceConfiguration(service)
                // R2, B2 and older MinIO reject the SDK's default trailing CRC checksums; only send them when needed.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        var presigner = S3Presigner.builder()
                .region(region)
                .credentialsProvider(credentials)
                .serviceConfiguration(service);
        if (s3.endpoint() != null && !s3.endpoint().isBlank()) {
            client.endpointOverride(URI.create(s3.endpoint()));
            presigner.endpointOverride(URI.create(s3.endpoint()));
        }
        return new S3ObjectStore(client.build(), presigner.build(), s3.bucket());
    }
}
