package cloud.dumont.api.marketplace;

import jakarta.validation.Valid;
import java.util.List;

/**
 * Changes to a template; absent fields stay as they are. A {@code spec} that differs from the latest version's
 * publishes a new version (with {@code version}, or the next minor when absent, and a required {@code changelog});
 * metadata alone changes in place.
 */
public record UpdateRequest(
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
        @Valid TemplateSpec spec) {}
