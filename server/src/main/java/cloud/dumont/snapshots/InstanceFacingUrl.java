package cloud.dumont.snapshots;

import cloud.dumont.snapshots.internal.SnapshotProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The base URL GPU instances reach this server at: {@code DUMONT_PUBLIC_URL}, or this process's own loopback address
 * (right for the simulated cloud, whose instances run on this machine). Read at each use, because the port is known
 * only once the web server has started.
 */
@Component
public class InstanceFacingUrl {

    private static final Logger log = LoggerFactory.getLogger(InstanceFacingUrl.class);

    private final SnapshotProperties properties;
    private final Environment environment;

    InstanceFacingUrl(SnapshotProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    /**
     * Says at start-up when real instances cannot reach this server: rented GPUs are not on this machine, so the
     * loopback fallback reaches nothing, their agents never report, and hibernation keeps stopped disks instead of
     * snapshots. The same condition shows as a banner in the UI (ServerInfo.publicUrlMissing).
     */
    @EventListener(ApplicationReadyEvent.class)
    void warnWhenRealInstancesCannotReachUs() {
        boolean realCloud = !environment.getProperty("dumont.vast.api-key", "").isBlank();
        if (realCloud && !configured()) {
            log.warn("DUMONT_PUBLIC_URL is not set: Vast.ai instances cannot reach this server's agent endpoints, so"
                    + " no workspace will be snapshotted and hibernated deployments keep their stopped disks. Set it to"
                    + " the public HTTPS URL of this server.");
        }
    }

    private boolean configured() {
        String configured = properties.publicUrl();
        return configured != null && !configured.isBlank();
    }

    /** Without a trailing slash. */
    public String get() {
        if (configured()) {
            String configured = properties.publicUrl();
            return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        }
        return "http://127.0.0.1:"
                + environment.getProperty("local.server.port", environment.getProperty("server.port", "8000"));
    }
}
