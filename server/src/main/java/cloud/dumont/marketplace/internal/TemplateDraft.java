package cloud.dumont.marketplace.internal;

import cloud.dumont.api.marketplace.TemplateSpec;
import java.util.List;

/**
 * A template as an author submits it (publish, or an update merged over the stored template): what the publishing
 * pipeline checks in one pass.
 */
record TemplateDraft(
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
        String readme,
        String version,
        String changelog,
        TemplateSpec spec) {}
