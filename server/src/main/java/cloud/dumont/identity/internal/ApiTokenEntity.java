package cloud.dumont.identity.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A personal API token; only the SHA-256 of the secret is stored. */
@Entity
@Table(name = "api_tokens")
public class ApiTokenEntity {

    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    @Id
    private UUID id;

    private UUID userId;
    private String name;
    private String prefix;
    private String tokenHash;
    private Instant createdAt;
    private Instant lastUsedAt;
    private Instant expiresAt;

    protected ApiTokenEntity() {}

    public ApiTokenEntity(
            UUID userId, String name, String prefix, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.name = name;
        this.prefix = prefix;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public boolean expiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    /**
     * Records a use, to the minute: a CLI making many calls would otherwise turn every authenticated request into a
     * database write.
     */
    public void usedAt(Instant now) {
        if (lastUsedAt == null || lastUsedAt.plus(LAST_USED_RESOLUTION).isBefore(now)) {
            this.lastUsedAt = now;
        }
    }

    public UUID getId() {
        return id;
    }

    public UUID getUserId() {
        return userId;
    }

    public String getName() {
        return name;
    }

    public String getPrefix() {
        return prefix;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
