package cloud.dumont.api.marketplace;

import java.time.Instant;
import java.util.UUID;

/**
 * A review. {@code verifiedUsage} says its author has deployed the template; {@code votedHelpful} says whether the
 * caller has voted it helpful (false for anonymous callers).
 */
public record ReviewResponse(
        UUID id,
        UUID templateId,
        String reviewer,
        int rating,
        String title,
        String body,
        String useCase,
        boolean verifiedUsage,
        int helpfulVotes,
        boolean votedHelpful,
        boolean mine,
        Instant createdAt,
        Instant updatedAt) {}
