package cloud.dumont.snapshots.internal;

import java.net.URI;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * Where snapshot objects live. Instances never get credentials: only URLs pre-signed for one method on one key. The
 * server itself only checks sizes and deletes.
 */
public interface ObjectStore {

    /** {@code s3} or {@code local}, as snapshot responses show it. */
    String kind();

    URI presignPut(String key, Duration ttl);

    URI presignGet(String key, Duration ttl);

    /** Written by the server itself (the manifest), with its own credentials. */
    void put(String key, byte[] content);

    /** The object's bytes, or null when there is no such object. */
    byte[] get(String key);

    /** The object's size, or empty when there is no such object. */
    OptionalLong size(String key);

    /** Deletes every object whose key starts with {@code prefix}. */
    void deletePrefix(String prefix);
}
