package cloud.dumont.marketplace.search;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One listed community template as the search index sees it. Null strings and lists are indexed as absent;
 * {@code trendWeight} is the decayed launch score described in {@link SearchSort#TRENDING}.
 */
public record SearchDocument(
        UUID id,
        String slug,
        String name,
        String description,
        List<String> tags,
        String authorHandle,
        String authorName,
        String readme,
        String category,
        List<String> architectures,
        List<String> regions,
        boolean official,
        double ratingAverage,
        int ratingCount,
        long launches,
        double trendWeight,
        Instant createdAt,
        Instant updatedAt) {}
