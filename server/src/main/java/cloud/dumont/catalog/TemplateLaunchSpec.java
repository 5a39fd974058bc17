package cloud.dumont.catalog;

import cloud.dumont.api.catalog.LaunchMode;
import cloud.dumont.api.catalog.PortSpec;
import java.util.List;
import java.util.Map;

/**
 * Everything that decides what runs on a GPU host. A template version freezes one of these; changing any field means
 * a new version, while name, description and guide are metadata that may change in place.
 *
 * @param appAuth how the app is guarded by a per-deployment secret; null only in versions frozen before it existed
 */
public record TemplateLaunchSpec(
        String dockerImage,
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
        AppAuth appAuth) {}
