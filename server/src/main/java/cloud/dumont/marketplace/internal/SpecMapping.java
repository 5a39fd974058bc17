package cloud.dumont.marketplace.internal;

import cloud.dumont.api.catalog.LaunchMode;
import cloud.dumont.api.catalog.PortSpec;
import cloud.dumont.api.marketplace.TemplateSpec;
import cloud.dumont.catalog.AppAuth;
import cloud.dumont.catalog.TemplateLaunchSpec;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Converts between the API's launch spec and the catalog's, filling the defaults an author may leave out. */
final class SpecMapping {

    static final int DEFAULT_DISK_GB = 40;
    static final String DEFAULT_CUDA = "12.1";

    private SpecMapping() {}

    /**
     * A blank command keeps the image's own entrypoint; a command runs after the provider's entrypoint (Vast.ai's
     * {@code onstart}), which keeps SSH and the instance portal working for images built on Vast.ai's bases.
     */
    static TemplateLaunchSpec toLaunchSpec(TemplateSpec s) {
        String command = s.launchCommand() == null ? "" : s.launchCommand().strip();
        int min = s.gpuMinVram();
        return new TemplateLaunchSpec(
                s.dockerImage().strip(),
                command.isEmpty() ? LaunchMode.entrypoint : LaunchMode.onstart,
                List.of(),
                command,
                s.ports().stream()
                        .map(p -> new PortSpec(
                                p.port(), p.protocol() == null ? "http" : p.protocol(), label(p), p.healthPath()))
                        .toList(),
                s.volumes() == null ? List.of() : List.copyOf(s.volumes()),
                s.env() == null ? Map.of() : new TreeMap<>(nullsToEmpty(s.env())),
                min,
                s.gpuRecommendedVram() == null ? min : s.gpuRecommendedVram(),
                s.cudaVersion() == null ? DEFAULT_CUDA : s.cudaVersion(),
                s.diskGb() == null ? DEFAULT_DISK_GB : s.diskGb(),
                s.appAuth() == null
                        ? AppAuth.PORTAL_TOKEN
                        : AppAuth.valueOf(s.appAuth().toUpperCase(Locale.ROOT)));
    }

    static TemplateSpec toApi(TemplateLaunchSpec s) {
        return new TemplateSpec(
                s.dockerImage(),
                s.launchMode() == LaunchMode.entrypoint ? String.join(" ", s.launchArgs()) : s.launchCommand(),
                s.ports(),
                s.envVars(),
                s.volumes(),
                s.gpuMinVram(),
                s.gpuRecommendedVram(),
                s.cudaVersion(),
                s.diskGb(),
                s.appAuth() == null ? null : s.appAuth().name().toLowerCase(Locale.ROOT));
    }

    private static String label(PortSpec p) {
        return p.label() == null || p.label().isBlank() ? "Port " + p.port() : p.label();
    }

    private static Map<String, String> nullsToEmpty(Map<String, String> env) {
        Map<String, String> copy = new TreeMap<>();
        env.forEach((k, v) -> copy.put(k, v == null ? "" : v));
        return copy;
    }
}
