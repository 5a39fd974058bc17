package cloud.dumont.catalog.internal;

import java.util.List;

/** A template's descriptive fields: editable in place, unlike its launch spec. */
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
        String guideMarkdown) {}
