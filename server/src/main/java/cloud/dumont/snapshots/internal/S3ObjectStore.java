package cloud.dumont.snapshots.internal;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Delete;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** Objects in an S3-compatible bucket (AWS S3, R2, B2, Wasabi, MinIO); URLs are SigV4 pre-signed. */
final class S3ObjectStore implements ObjectStore {

    private final S3Client s3;
    private final S3Presigner presigner;
    private final String bucket;

    S3ObjectStore(S3Client s3, S3Presigner presigner, String bucket) {
        this.s3 = s3;
        this.presigner = presigner;
        this.bucket = bucket;
    }

    @Override
    public String kind() {
        return "s3";
    }

    @Override
    public URI presignPut(String key, Duration ttl) {
        return URI.create(presigner
                .presignPutObject(p -> p.signatureDuration(ttl)
                        .putObjectRequest(o -> o.bucket(bucket).key(key)))
                .url()
                .toString());
    }

    @Override
    public URI presignGet(String key, Duration ttl) {
        return URI.create(presigner
                .presignGetObject(p -> p.signatureDuration(ttl)
                        .getObjectRequest(o -> o.bucket(bucket).key(key)))
                .url()
                .toString());
    }

    @Override
    public void put(String key, byte[] content) {
        s3.putObject(o -> o.bucket(bucket).key(key), RequestBody.fromBytes(content));
    }

    @Override
    public byte[] get(String key) {
        try {
            return s3.getObjectAsBytes(o -> o.bucket(bucket).key(key)).asByteArray();
        } catch (NoSuchKeyException e) {
            return null;
        }
    }

    @Override
    public OptionalLong size(String key) {
        try {
            return OptionalLong.of(s3.headObject(o -> o.bucket(bucket).key(key)).contentLength());
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return OptionalLong.empty();
            }
            throw e;
        }
    }

    @Override
    public void deletePrefix(String prefix) {
        for (var page : s3.listObjectsV2Paginator(l -> l.bucket(bucket).prefix(prefix))) {
            List<ObjectIdentifier> keys = page.contents().stream()
                    .map(S3Object::key)
                    .map(k -> ObjectIdentifier.builder().key(k).build())
                    .toList();
            if (!keys.isEmpty()) {
                s3.deleteObjects(d -> d.bucket(bucket)
                        .delete(Delete.builder().objects(keys).quiet(true).build()));
            }
        }
    }
}
