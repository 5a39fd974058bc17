package cloud.dumont.deployment.internal;

import cloud.dumont.api.deployment.DeploymentStatus;
import cloud.dumont.provider.CloudInstance;
import cloud.dumont.provider.InstanceState;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The health side of the reconciler: a starting app is probed with a short, exponentially growing, capped interval
 * so a healthy app is noticed within seconds; one that has not answered within the health timeout is unhealthy (and
 * still probed, so it recovers by itself); a running app is checked now and then and is unhealthy after three misses.
 */
@Component
class HealthChecks {

    private static final Duration FIRST_RETRY = Duration.ofMillis(250);
    private static final int MISSES_BEFORE_UNHEALTHY = 3;

    private final HealthProbe probe;
    private final DeploymentMetrics metrics;
    private final DeploymentProperties properties;

    HealthChecks(HealthProbe probe, DeploymentMetrics metrics, DeploymentProperties properties) {
        this.probe = probe;
        this.metrics = metrics;
        this.properties = properties;
    }

    Outcome check(DeploymentEntity d, Instant now, Optional<CloudInstance> observed) {
        if (observed.isEmpty()) {
            return Outcome.done();
        }
        CloudInstance instance = observed.get();
        if (instance.state() != InstanceState.RUNNING) {
            // Restarting at the provider (rebooted, reloading): look again soon, the health timeout keeps running.
            return Outcome.requeueAfter(properties.pollInterval());
        }
        d.setEndpoints(AppAccess.endpoints(d, instance));
        HealthProbe.Result result = probe.check(d, instance);
        if (result.healthy()) {
            return healthy(d, now);
        }
        int misses = d.getHealthFailures() + 1;
        d.setHealthFailures(misses);
        switch (d.getStatus()) {
            case starting -> {
                if (Duration.between(d.getStartingAt(), now).compareTo(properties.healthTimeout()) >= 0) {
                    d.setProblemCode(Problems.HEALTH_TIMEOUT);
                    d.moveTo(
                            DeploymentStatus.unhealthy,
                            d.getTemplateName() + " did not answer its health check within "
                                    + properties.healthTimeout().toSeconds() + " s (" + result.detail() + ")",
                            now);
                }
            }
            case running -> {
                if (misses >= MISSES_BEFORE_UNHEALTHY) {
                    d.setProblemCode(Problems.HEALTH_LOST);
                    d.moveTo(
                            DeploymentStatus.unhealthy,
                            d.getTemplateName() + " stopped answering its health check (" + result.detail() + ")",
                            now);
                }
            }
            default -> {}
        }
        return Outcome.requeueAfter(backoff(misses));
    }

    private Outcome healthy(DeploymentEntity d, Instant now) {
        d.setHealthFailures(0);
        if (d.getStatus() != DeploymentStatus.running) {
            boolean firstTime = d.getRunningAt() == null;
            d.setProblemCode(null);
            if (d.getInstanceId() != null) {
                d.attemptReady(d.getInstanceId(), now);
            }
            d.moveTo(DeploymentStatus.running, d.getTemplateName() + " is ready", now);
            if (firstTime) {
                metrics.ready(d, Duration.between(d.getRequestedAt(), now));
            }
        }
        return Outcome.requeueAfter(properties.runningCheckInterval());
    }

    /** 250 ms, 500 ms, 1 s, 2 s ... up to the cap. */
    Duration backoff(int misses) {
        Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(misses - 1, 16));
        return delay.compareTo(properties.healthBackoffCap()) > 0 ? properties.healthBackoffCap() : delay;
    }
}
