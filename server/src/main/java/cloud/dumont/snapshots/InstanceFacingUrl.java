package cloud.dumont.snapshots;

import cloud.dumont.snapshots.internal.SnapshotProperties;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The base URL GPU instances reach this server at: {@code DUMONT_PUBLIC_URL}, or this process's own loopback address
 * (right for the simulated cloud, whose instances run on this machine). Read at each use, because the port is known
 * only once the web server has started.
 */
@Component
public class InstanceFacingUrl {

    private final SnapshotProperties properties;
    private final Environment environment;

    InstanceFacingUrl(SnapshotProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    /** Without a trailing slash. */
    public String get() {
        String configured = properties.publicUrl();
        if (configured != null && !configured.isBlank()) {
            return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        }
        return "http://127.0.0.1:"
                + environment.getProperty("local.server.port", environment.getProperty("server.port", "8000"));
    }
}
