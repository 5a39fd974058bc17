package cloud.dumont.catalog;

import cloud.dumont.api.catalog.FirstBoot;
import cloud.dumont.api.catalog.Publisher;
import cloud.dumont.api.catalog.TemplateResponse;
import cloud.dumont.catalog.internal.TemplateEntity;
import cloud.dumont.catalog.internal.TemplateRepository;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads official templates from the database through the catalog caches (evicted when the catalog changes). */
@Component
class OfficialTemplates {

    private final TemplateRepository templates;

    OfficialTemplates(TemplateRepository templates) {
        this.templates = templates;
    }

    @Cacheable(cacheNames = CatalogCaches.LISTING, key = "'official'")
    @Transactional(readOnly = true)
    public TemplateListing listing() {
        return new TemplateListing(
                templates.findOfficial().stream().map(t -> toResponse(t, false)).toList());
    }

    @Cacheable(cacheNames = CatalogCaches.DETAILS, key = "#slug", unless = "#result == null")
    @Transactional(readOnly = true)
    public TemplateResponse detail(String slug) {
        return templates.findOfficialBySlug(slug).map(t -> toResponse(t, true)).orElse(null);
    }

    @Transactional(readOnly = true)
    public DeployableTemplate deployable(String slug) {
        return templates
                .findOfficialBySlug(slug)
                .map(t -> new DeployableTemplate(
                        t.getId(), t.getSlug(), t.getName(), t.getCurrentVersion(), t.launchSpec()))
                .orElse(null);
    }

    private static TemplateResponse toResponse(TemplateEntity t, boolean withGuide) {
        TemplateLaunchSpec spec = t.launchSpec();
        TemplateMetadata meta = t.metadata();
        var publisher = t.getPublisher();
        return new TemplateResponse(
                t.getId(),
                t.getSlug(),
                meta.name(),
                meta.description(),
                meta.category(),
                meta.tags(),
                meta.icon(),
                new Publisher(publisher.getHandle(), publisher.getName(), publisher.isOfficial()),
                t.getCurrentVersion(),
                spec.dockerImage(),
                spec.launchMode(),
                spec.launchCommand(),
                spec.launchArgs(),
                spec.ports(),
                spec.volumes(),
                spec.envVars(),
                spec.gpuMinVram(),
                spec.gpuRecommendedVram(),
                spec.cudaVersion(),
                spec.diskGb(),
                new FirstBoot(meta.firstBootDownloadGb(), meta.firstBootMinutes(), meta.firstBootNote()),
                meta.documentationUrl(),
                withGuide ? meta.guideMarkdown() : null,
                t.getCreatedAt(),
                t.getUpdatedAt());
    }
}
