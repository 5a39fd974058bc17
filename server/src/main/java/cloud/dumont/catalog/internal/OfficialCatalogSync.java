package cloud.dumont.catalog.internal;

import cloud.dumont.catalog.CatalogCaches;
import cloud.dumont.catalog.SemVer;
import cloud.dumont.catalog.TemplateLaunchSpec;
import cloud.dumont.catalog.TemplateMetadata;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings the database in line with the catalog shipped in the jar at every start. A changed launch spec becomes a new
 * minor version (old versions stay, so deployments keep pointing at what they ran); changed metadata is updated in
 * place; a model list change is applied as is. Running it twice changes nothing.
 */
@Component
@Order(0) // before anything that reads the catalog at start, such as the marketplace search index
class OfficialCatalogSync implements ApplicationRunner {

    static final String PUBLISHER = "dumont";
    private static final Logger log = LoggerFactory.getLogger(OfficialCatalogSync.class);

    private final PublisherRepository publishers;
    private final TemplateRepository templates;
    private final TemplateVersionRepository versions;
    private final ModelRepository models;
    private final Clock clock;

    OfficialCatalogSync(
            PublisherRepository publishers,
            TemplateRepository templates,
            TemplateVersionRepository versions,
            ModelRepository models,
            Clock clock) {
        this.publishers = publishers;
        this.templates = templates;
        this.versions = versions;
        this.models = models;
        this.clock = clock;
    }

    @Override
    @Transactional
    @CacheEvict(
            cacheNames = {CatalogCaches.LISTING, CatalogCaches.DETAILS},
            allEntries = true)
    public void run(ApplicationArguments args) {
        Instant now = clock.instant();
        PublisherEntity dumont = publishers
                .findByHandle(PUBLISHER)
                .orElseGet(() -> publishers.save(new PublisherEntity(PUBLISHER, "Dumont", true, now)));
        List<OfficialTemplateDefinition> definitions = CatalogFiles.officialTemplates();
        definitions.forEach(d -> syncTemplate(dumont, d, now));
        syncModels(now);
        log.info("Official catalog in sync: {} templates, {} models", definitions.size(), models.count());
    }

    private void syncTemplate(PublisherEntity publisher, OfficialTemplateDefinition definition, Instant now) {
        TemplateLaunchSpec spec = definition.launchSpec();
        String hash = SpecHash.of(spec);
        TemplateMetadata metadata = definition.metadata(CatalogFiles.guide(definition.guide()));
        TemplateEntity template =
                templates.findByPublisherAndSlug(publisher, definition.slug()).orElse(null);
        if (template == null) {
            template = new TemplateEntity(publisher, definition.slug(), now);
            template.applyVersion("1.0.0", spec, now);
            template.describe(metadata, now);
            templates.save(template);
            versions.save(new TemplateVersionEntity(template.getId(), "1.0.0", spec, hash, "First release", now));
            return;
        }
        String current = template.getCurrentVersion();
        boolean specChanged = versions.findByTemplateIdAndVersion(template.getId(), current)
                .map(v -> !v.getSpecHash().equals(hash))
                .orElse(true);
        if (specChanged) {
            String next = SemVer.nextMinor(current);
            versions.save(
                    new TemplateVersionEntity(template.getId(), next, spec, hash, "Updated official launch spec", now));
            template.applyVersion(next, spec, now);
            log.info("Official template {} moved to version {}", definition.slug(), next);
        }
        if (!template.metadata().equals(metadata)) {
            template.describe(metadata, now);
        }
    }

    private void syncModels(Instant now) {
        List<ModelDefinition> definitions = CatalogFiles.models();
        for (int i = 0; i < definitions.size(); i++) {
            ModelDefinition d = definitions.get(i);
            ModelEntity model = models.findById(d.id()).orElseGet(() -> new ModelEntity(d.id(), now));
            model.describe(d, i);
            models.save(model);
        }
    }
}
