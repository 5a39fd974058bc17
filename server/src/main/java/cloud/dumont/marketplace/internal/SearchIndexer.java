package cloud.dumont.marketplace.internal;

import cloud.dumont.catalog.StoredTemplate;
import cloud.dumont.catalog.TemplateMetadata;
import cloud.dumont.catalog.TemplateRegistry;
import cloud.dumont.marketplace.search.SearchDocument;
import cloud.dumont.marketplace.search.TemplateSearchIndex;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the search index in line with the database: rebuilt from it at every start (after the official catalog sync),
 * then updated after each committed change, so the index never shows what a rolled-back transaction wrote.
 */
@Component
@Order(100)
public class SearchIndexer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);
    private static final int BATCH = 1_000;

    private final TemplateRegistry registry;
    private final TemplateStats stats;
    private final TemplateSearchIndex index;

    SearchIndexer(TemplateRegistry registry, TemplateStats stats, TemplateSearchIndex index) {
        this.registry = registry;
        this.stats = stats;
        this.index = index;
    }

    @Override
    public void run(ApplicationArguments args) {
        rebuild();
    }

    /** Indexes every listed template from scratch. */
    public void rebuild() {
        long started = System.nanoTime();
        int created = stats.ensureAll();
        index.removeAll();
        UUID after = null;
        long listed = 0;
        while (true) {
            List<StoredTemplate> page = registry.pageAfter(after, BATCH);
            if (page.isEmpty()) {
                break;
            }
            List<SearchDocument> documents = documents(page);
            index.upsertAll(documents);
            listed += documents.size();
            after = page.getLast().id();
        }
        log.info(
                "Marketplace search index built: {} listed templates in {} ms ({} counters rows created)",
                listed,
                (System.nanoTime() - started) / 1_000_000,
                created);
    }

    /** Re-indexes the template once the current transaction commits (at once when there is none). */
    public void reindexAfterCommit(UUID templateId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            reindex(templateId);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                reindex(templateId);
            }
        });
    }

    @EventListener
    void on(TemplateChanged changed) {
        reindexAfterCommit(changed.templateId());
    }

    /** Brings these templates' entries in line with the database: listed ones indexed, the rest removed. */
    void reindexAll(Collection<UUID> templateIds) {
        if (templateIds.isEmpty()) {
            return;
        }
        List<StoredTemplate> found = registry.findAll(templateIds);
        index.upsertAll(documents(found));
        Set<UUID> listed = found.stream()
                .filter(StoredTemplate::listed)
                .map(StoredTemplate::id)
                .collect(Collectors.toSet());
        templateIds.stream().filter(id -> !listed.contains(id)).forEach(index::remove);
    }

    void reindex(UUID templateId) {
        registry.find(templateId)
                .filter(StoredTemplate::listed)
                .ifPresentOrElse(t -> index.upsert(documents(List.of(t)).getFirst()), () -> index.remove(templateId));
    }

    private List<SearchDocument> documents(Collection<StoredTemplate> templates) {
        Map<UUID, TemplateStats.Stats> counters =
                stats.of(templates.stream().map(StoredTemplate::id).toList());
        List<SearchDocument> documents = new ArrayList<>();
        for (StoredTemplate t : templates) {
            if (!t.listed()) {
                continue;
            }
            TemplateStats.Stats s = counters.getOrDefault(t.id(), TemplateStats.Stats.NONE);
            TemplateMetadata m = t.metadata();
            documents.add(new SearchDocument(
                    t.id(),
                    t.slug(),
                    m.name(),
                    m.description(),
                    m.tags(),
                    t.publisherHandle(),
                    t.publisherName(),
                    m.guideMarkdown(),
                    m.category(),
                    m.architectures(),
                    m.regions(),
                    t.official(),
                    s.ratingAverage() == null ? 0 : s.ratingAverage(),
                    s.ratingCount(),
                    s.launches(),
                    s.trendWeight(),
                    t.createdAt(),
                    t.updatedAt()));
        }
        return documents;
    }
}
