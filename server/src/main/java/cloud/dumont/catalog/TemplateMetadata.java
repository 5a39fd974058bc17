package cloud.dumont.catalog;

import java.util.List;

/**
 * A template's descriptive fields: editable in place, unlike its launch spec.
 *
 * @param guideMarkdown the README: Markdown, rendered sanitised
 * @param visibility public (listed), unlisted (reachable by id only) or private (the author only)
 * @param maintenanceStatus active, deprecated or archived
 */
public record TemplateMetadata(
        String name,
        String description,
        String category,
        List<String> tags,
        String icon,
        int firstBootDownloadGb,
        int firstBootMinutes,
        String firstBootNote,
        String documentationUrl,
        String guideMarkdown,
        List<String> architectures,
        List<String> regions,
        String license,
        String visibility,
        String maintenanceStatus,
        String paperDoi,
        String fundingSource) {

    public TemplateMetadata {
        tags = tags == null ? List.of() : List.copyOf(tags);
        architectures = architectures == null ? List.of() : List.copyOf(architectures);
        regions = regions == null ? List.of() : List.copyOf(regions);
    }
}
