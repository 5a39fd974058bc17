package cloud.dumont.api.marketplace;

import cloud.dumont.api.catalog.PortSpec;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;

/**
 * Everything that decides what runs on the GPU host; changing any of it publishes a new version. The publishing
 * pipeline checks it in full and answers 422 with every violation, so fields carry no constraint annotations beyond
 * presence.
 *
 * @param launchCommand the container's command line ({@code args} launch mode), empty to keep the image's own
 * @param env environment variables; values of names like {@code *TOKEN*} must be empty or a {@code <placeholder>}
 * @param appAuth how the app is guarded by the deployment's secret: jupyter_token, gradio_auth, api_key or
 *     portal_token (Vast.ai's instance portal in front of the app, the default)
 */
public record TemplateSpec(
        @NotNull String dockerImage,
        String launchCommand,
        List<PortSpec> ports,
        Map<String, String> env,
        List<String> volumes,
        Integer gpuMinVram,
        Integer gpuRecommendedVram,
        String cudaVersion,
        Integer diskGb,
        String appAuth) {}
