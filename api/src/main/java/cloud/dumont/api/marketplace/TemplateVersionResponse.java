package cloud.dumont.api.marketplace;

import java.time.Instant;

/** One immutable version of a template; a yanked version can no longer be deployed. */
public record TemplateVersionResponse(
        String version,
        String changelog,
        boolean latest,
        boolean yanked,
        TemplateSpec spec,
        QualityReport quality,
        Instant createdAt) {}
