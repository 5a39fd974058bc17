package cloud.dumont.marketplace.internal;

import cloud.dumont.api.marketplace.ForkOrigin;
import cloud.dumont.api.marketplace.MarketplaceTemplate;
import cloud.dumont.api.marketplace.QualityReport;
import cloud.dumont.api.marketplace.RatingSummary;
import cloud.dumont.api.marketplace.TemplateAuthor;
import cloud.dumont.catalog.StoredTemplate;
import cloud.dumont.catalog.TemplateMetadata;
import cloud.dumont.catalog.TemplateRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Builds the API's view of templates, fetching counters, featured flags and fork origins for a whole page at once. */
@Component
class MarketplaceViews {

    private final TemplateRegistry registry;
    private final TemplateStats stats;
    private final Featured featured;
    private final QualityReports reports;
    private final Clock clock;

    MarketplaceViews(
            TemplateRegistry registry, TemplateStats stats, Featured featured, QualityReports reports, Clock clock) {
        this.registry = registry;
        this.stats = stats;
        this.featured = featured;
        this.reports = reports;
        this.clock = clock;
    }

    /** Summaries in the order of {@code ids}; ids that no longer exist are skipped. */
    List<MarketplaceTemplate> summaries(List<UUID> ids) {
        Map<UUID, StoredTemplate> byId =
                registry.findAll(ids).stream().collect(Collectors.toMap(StoredTemplate::id, Function.identity()));
        return summaries(ids.stream().map(byId::get).filter(Objects::nonNull).toList());
    }

    List<MarketplaceTemplate> summaries(Collection<StoredTemplate> templates) {
        List<UUID> ids = templates.stream().map(StoredTemplate::id).toList();
        Map<UUID, TemplateStats.Stats> counters = stats.of(ids);
        Set<UUID> featuredIds = featured.featuredAmong(ids);
        Map<UUID, StoredTemplate> origins = origins(templates);
        Instant now = clock.instant();
        return templates.stream()
                .map(t -> view(t, counters, featuredIds, origins, now, false, null))
                .toList();
    }

    MarketplaceTemplate detail(StoredTemplate t) {
        Map<UUID, TemplateStats.Stats> counters = stats.of(List.of(t.id()));
        Set<UUID> featuredIds = featured.featuredAmong(List.of(t.id()));
        QualityReport quality = reports.of(t.id()).get(t.currentVersion());
        return view(t, counters, featuredIds, origins(List.of(t)), clock.instant(), true, quality);
    }

    private Map<UUID, StoredTemplate> origins(Collection<StoredTemplate> templates) {
        List<UUID> originIds = templates.stream()
                .map(StoredTemplate::forkedFromId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        return registry.findAll(originIds).stream().collect(Collectors.toMap(StoredTemplate::id, Function.identity()));
    }

    private static MarketplaceTemplate view(
            StoredTemplate t,
            Map<UUID, TemplateStats.Stats> counters,
            Set<UUID> featuredIds,
            Map<UUID, StoredTemplate> origins,
            Instant now,
            boolean detail,
            QualityReport quality) {
        TemplateStats.Stats s = counters.getOrDefault(t.id(), TemplateStats.Stats.NONE);
        TemplateMetadata m = t.metadata();
        ForkOrigin origin = null;
        if (t.forkedFromId() != null) {
            StoredTemplate o = origins.get(t.forkedFromId());
            // A private origin's name is not the fork author's to show; the id alone is enough to follow it.
            origin = new ForkOrigin(
                    t.forkedFromId(),
                    o == null || !o.listed() ? null : o.metadata().name(),
                    o == null || !o.listed() ? null : o.publisherHandle(),
                    t.forkedFromVersion());
        }
        return new MarketplaceTemplate(
                t.id(),
                t.slug(),
                m.name(),
                m.description(),
                m.category(),
                m.tags(),
                m.architectures(),
                m.regions(),
                m.license(),
                m.visibility(),
                m.maintenanceStatus(),
                m.documentationUrl(),
                m.paperDoi(),
                m.fundingSource(),
                new TemplateAuthor(t.publisherHandle(), t.publisherName(), t.official()),
                t.official(),
                featuredIds.contains(t.id()),
                t.currentVersion(),
                origin,
                new RatingSummary(s.ratingAverage(), s.ratingCount()),
                s.launches(),
                Math.round(s.trendingScore(now) * 100) / 100.0,
                t.spec().gpuMinVram(),
                detail ? m.guideMarkdown() : null,
                detail ? SpecMapping.toApi(t.spec()) : null,
                quality,
                t.unpublishedAt(),
                t.createdAt(),
                t.updatedAt());
    }
}
