package cloud.dumont.catalog.internal;

import cloud.dumont.api.catalog.LaunchMode;
import cloud.dumont.api.catalog.PortSpec;
import cloud.dumont.catalog.AppAuth;
import cloud.dumont.catalog.TemplateLaunchSpec;
import cloud.dumont.catalog.TemplateMetadata;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One entry of {@code catalog/official-templates.yaml}. */
record OfficialTemplateDefinition(
        String slug,
        String name,
        String icon,
        String category,
        List<String> tags,
        String description,
        String dockerImage,
        String imageChoice,
        LaunchMode launchMode,
        List<String> launchArgs,
        String launchCommand,
        List<PortSpec> ports,
        List<String> volumes,
        Map<String, String> envVars,
        int gpuMinVram,
        int gpuRecommendedVram,
        String cudaVersion,
        int diskGb,
        AppAuth appAuth,
        FirstBootDefinition firstBoot,
        String documentationUrl,
        String license,
        String guide) {

    record FirstBootDefinition(int downloadGb, int estimatedMinutes, String note) {}

    TemplateLaunchSpec launchSpec() {
        List<String> args = launchArgs == null ? List.of() : launchArgs;
        // For an entrypoint launch the readable command is the arguments the image's entrypoint receives.
        String command = launchCommand != null ? launchCommand : String.join(" ", args);
        return new TemplateLaunchSpec(
                dockerImage,
                launchMode,
                args,
                command,
                ports,
                volumes == null ? List.of() : volumes,
                envVars == null ? Map.of() : new TreeMap<>(envVars),
                gpuMinVram,
                gpuRecommendedVram,
                cudaVersion,
                diskGb,
                appAuth);
    }

    TemplateMetadata metadata(String guideMarkdown) {
        FirstBootDefinition boot = firstBoot == null ? new FirstBootDefinition(0, 0, "") : firstBoot;
        return new TemplateMetadata(
                name,
                description,
                category,
                tags == null ? List.of() : tags,
                icon,
                boot.downloadGb(),
                boot.estimatedMinutes(),
                boot.note(),
                documentationUrl,
                guideMarkdown,
                List.of("x86_64"),
                List.of(),
                license,
                "public",
                "active",
                null,
                null);
    }
}
