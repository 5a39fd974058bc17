package cloud.dumont.marketplace.internal;

import cloud.dumont.catalog.TemplateRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Each replica keeps its own search index and updates it after its own commits; this brings in what other replicas
 * changed, from the change stamps in the database. Looking back a minute further than the last pass covers clocks
 * that differ between replicas and transactions that committed after their stamp; re-indexing a template twice is
 * harmless.
 */
@Component
class SearchCatchUp {

    static final Duration OVERLAP = Duration.ofMinutes(1);

    private final TemplateRegistry registry;
    private final TemplateStats stats;
    private final SearchIndexer indexer;
    private final Clock clock;
    private volatile Instant since;

    SearchCatchUp(TemplateRegistry registry, TemplateStats stats, SearchIndexer indexer, Clock clock) {
        this.registry = registry;
        this.stats = stats;
        this.indexer = indexer;
        this.clock = clock;
        this.since = clock.instant();
    }

    @Scheduled(
            fixedDelayString = "${dumont.marketplace.search-catch-up-interval:PT10S}",
            initialDelayString = "${dumont.marketplace.search-catch-up-interval:PT10S}")
    void catchUp() {
        Instant passStarted = clock.instant();
        Instant from = since.minus(OVERLAP);
        Set<UUID> changed = new LinkedHashSet<>(registry.changedSince(from));
        changed.addAll(stats.changedSince(from));
        indexer.reindexAll(changed);
        since = passStarted;
    }
}
