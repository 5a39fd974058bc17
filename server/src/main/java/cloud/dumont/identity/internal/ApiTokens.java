package cloud.dumont.identity.internal;

import cloud.dumont.api.identity.ApiTokenRequest;
import cloud.dumont.api.identity.ApiTokenResponse;
import cloud.dumont.platform.ProblemException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens for the CLI and SDK. A token is {@code dmt_} plus 40 base62 characters; it is shown once, and
 * only its SHA-256 is kept.
 */
@Service
public class ApiTokens {

    public static final String PREFIX = "dmt_";
    private static final int SECRET_LENGTH = 40;

    private final ApiTokenRepository tokens;
    private final Clock clock;

    ApiTokens(ApiTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @Transactional
    public ApiTokenResponse create(UUID userId, ApiTokenRequest request) {
        Instant now = clock.instant();
        String token = PREFIX + Secrets.randomBase62(SECRET_LENGTH);
        Instant expires = request.expiresInDays() == null ? null : now.plus(Duration.ofDays(request.expiresInDays()));
        ApiTokenEntity entity = tokens.save(new ApiTokenEntity(
                userId,
                request.name().trim(),
                token.substring(0, PREFIX.length() + 6),
                Secrets.sha256(token),
                now,
                expires));
        return toResponse(entity, token);
    }

    @Transactional(readOnly = true)
    public List<ApiTokenResponse> list(UUID userId) {
        return tokens.findByUserIdOrderByCreatedAtDesc(userId).stream()
                .map(t -> toResponse(t, null))
                .toList();
    }

    @Transactional
    public void delete(UUID userId, UUID tokenId) {
        ApiTokenEntity token = tokens.findByIdAndUserId(tokenId, userId)
                .orElseThrow(() -> ProblemException.notFound("API token " + tokenId));
        tokens.delete(token);
    }

    /** The owner of a presented token, when it is known and not expired; records that it was used. */
    @Transactional
    public Optional<UUID> authenticate(String presented) {
        Instant now = clock.instant();
        return tokens.findByTokenHash(Secrets.sha256(presented))
                .filter(t -> !t.expiredAt(now))
                .map(t -> {
                    t.usedAt(now);
                    return t.getUserId();
                });
    }

    private static ApiTokenResponse toResponse(ApiTokenEntity t, String secret) {
        return new ApiTokenResponse(
                t.getId(), t.getName(), t.getPrefix(), secret, t.getCreatedAt(), t.getLastUsedAt(), t.getExpiresAt());
    }
}
