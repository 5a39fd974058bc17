package cloud.dumont.api.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * A personal API token. {@code token} carries the secret only in the answer to its creation; it is stored hashed and
 * never shown again, so it is null in every listing.
 */
public record ApiTokenResponse(
        UUID id, String name, String prefix, String token, Instant createdAt, Instant lastUsedAt, Instant expiresAt) {

    @Override
    public String toString() {
        return "ApiTokenResponse[id=" + id + ", name=" + name + ", prefix=" + prefix + "]";
    }
}
