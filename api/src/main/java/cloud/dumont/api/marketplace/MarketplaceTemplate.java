package cloud.dumont.api.marketplace;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A template as the marketplace shows it, official or community. Browse results leave {@code readme}, {@code spec}
 * and {@code quality} null; the detail endpoint fills them.
 *
 * @param slug unique per author; official templates are also reachable by slug alone
 * @param version the latest version, the one a deployment gets unless it names another
 * @param launches deployments requested, all time
 * @param trendingScore launches with each weighted by its recency (half-life 3 days)
 * @param unpublished set when the author or an admin unpublished it: hidden from browse and search
 */
public record MarketplaceTemplate(
        UUID id,
        String slug,
        String name,
        String description,
        String category,
        List<String> tags,
        List<String> architectures,
        List<String> regions,
        String license,
        String visibility,
        String maintenanceStatus,
        String documentationUrl,
        String paperDoi,
        String fundingSource,
        TemplateAuthor author,
        boolean official,
        boolean featured,
        String version,
        ForkOrigin forkedFrom,
        RatingSummary rating,
        long launches,
        double trendingScore,
        int gpuMinVram,
        String readme,
        TemplateSpec spec,
        QualityReport quality,
        Instant unpublishedAt,
        Instant createdAt,
        Instant updatedAt) {}
