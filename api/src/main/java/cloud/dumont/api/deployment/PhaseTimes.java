package cloud.dumont.api.deployment;

import java.time.Instant;

/** When the deployment (last) entered each phase; null for phases it has not reached. */
public record PhaseTimes(
        Instant requested,
        Instant provisioning,
        Instant starting,
        Instant running,
        Instant unhealthy,
        Instant failed,
        Instant destroying,
        Instant destroyed) {}
