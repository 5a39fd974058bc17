package cloud.dumont.snapshots.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.OptionalLong;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The fallback when no bucket is configured: objects are files under the data directory, and "pre-signed" URLs point
 * at this server ({@code /snapshot-store/<key>}) with the same contract as S3's: one method on one key until an expiry,
 * proven by an HMAC the server alone can make. The key is drawn at start, so URLs die with a restart (they live
 * minutes anyway); one server only, as its directory is not shared.
 */
public final class LocalObjectStore implements ObjectStore {

    public static final String PATH = "/snapshot-store/";

    private final Path root;
    private final Supplier<String> baseUrl;
    private final Clock clock;
    private final byte[] key = new byte[32];

    LocalObjectStore(Path root, Supplier<String> baseUrl, Clock clock) {
        this.root = root.toAbsolutePath().normalize();
        this.baseUrl = baseUrl;
        this.clock = clock;
        new SecureRandom().nextBytes(key);
    }

    @Override
    public String kind() {
        return "local";
    }

    @Override
    public URI presignPut(String key, Duration ttl) {
        return presign("PUT", key, ttl);
    }

    @Override
    public URI presignGet(String key, Duration ttl) {
        return presign("GET", key, ttl);
    }

    private URI presign(String method, String objectKey, Duration ttl) {
        long expires = clock.instant().plus(ttl).getEpochSecond();
        return URI.create(baseUrl.get() + PATH + objectKey + "?expires=" + expires + "&signature="
                + signature(method, objectKey, expires));
    }

    /** Whether a request for {@code method} on {@code objectKey} carries a valid, unexpired signature. */
    public boolean verify(String method, String objectKey, long expires, String signature) {
        if (signature == null || Instant.ofEpochSecond(expires).isBefore(clock.instant())) {
            return false;
        }
        return MessageDigest.isEqual(
                signature(method, objectKey, expires).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    private String signature(String method, String objectKey, long expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of()
                    .formatHex(
                            mac.doFinal((method + "\n" + objectKey + "\n" + expires).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Writes an uploaded object; the key must be one this store could have signed. */
    public void write(String objectKey, InputStream content) {
        Path file = file(objectKey);
        try {
            Files.createDirectories(file.getParent());
            Path partial = Files.createTempFile(file.getParent(), ".upload-", ".part");
            Files.copy(content, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The object's file, or null when there is none. */
    public Path read(String objectKey) {
        Path file = file(objectKey);
        return Files.isRegularFile(file) ? file : null;
    }

    @Override
    public void put(String objectKey, byte[] content) {
        write(objectKey, new java.io.ByteArrayInputStream(content));
    }

    @Override
    public byte[] get(String objectKey) {
        Path file = read(objectKey);
        try {
            return file == null ? null : Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public OptionalLong size(String objectKey) {
        Path file = read(objectKey);
        try {
            return file == null ? OptionalLong.empty() : OptionalLong.of(Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void deletePrefix(String prefix) {
        Path dir = file(prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix);
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keys are our own ({@code snapshots/<uuid>/<uuid>/...}); anything leaving the root is refused. */
    private Path file(String objectKey) {
        Path file = root.resolve(objectKey).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IllegalArgumentException("object key outside the store");
        }
        return file;
    }
}
