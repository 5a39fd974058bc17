package cloud.dumont.api.snapshots;

import java.time.Instant;

/** A short-lived URL that allows one method on one object, and nothing else. */
public record PresignedUrl(String url, String method, Instant expiresAt) {}
