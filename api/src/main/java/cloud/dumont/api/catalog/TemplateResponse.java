package cloud.dumont.api.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A deployable template. The list endpoint leaves {@code guide_markdown} null; the detail endpoint fills it.
 *
 * @param launchCommand the command line as a person would read it (for {@code entrypoint} the arguments)
 * @param version the template's current immutable version
 */
public record TemplateResponse(
        UUID id,
        String slug,
        String name,
        String description,
        String category,
        List<String> tags,
        String icon,
        Publisher publisher,
        String version,
        String dockerImage,
        LaunchMode launchMode,
        String launchCommand,
        List<String> launchArgs,
        List<PortSpec> ports,
        List<String> volumes,
        Map<String, String> envVars,
        int gpuMinVram,
        int gpuRecommendedVram,
        String cudaVersion,
        int diskGb,
        FirstBoot firstBoot,
        String documentationUrl,
        String guideMarkdown,
        Instant createdAt,
        Instant updatedAt) {}
