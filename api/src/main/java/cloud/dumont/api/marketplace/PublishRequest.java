package cloud.dumont.api.marketplace;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;

/**
 * A new community template. Either {@code spec} or {@code fromDeployment} gives the launch spec: the latter turns a
 * running or past deployment of yours into a template.
 *
 * @param slug unique among your templates: lowercase letters, digits and dashes
 * @param visibility public (listed), unlisted (reachable by id, not listed) or private (only you)
 * @param version the first version, 1.0.0 when absent
 * @param readme Markdown shown on the template page (rendered sanitised, never as HTML)
 */
public record PublishRequest(
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
        @Valid TemplateSpec spec,
        UUID fromDeployment) {}
