package cloud.dumont.deployment.internal;

import cloud.dumont.api.deployment.DeploymentStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deployment metrics: {@code dumont.deployments.time_to_ready} (request to first healthy answer, a histogram per
 * template) and {@code dumont.deployments} (how many are in each status, counted from the database so every replica
 * reports the same).
 */
@Component
class DeploymentMetrics {

    private static final Logger log = LoggerFactory.getLogger(DeploymentMetrics.class);

    private final MeterRegistry registry;
    private final DeploymentRepository deployments;
    private final Map<DeploymentStatus, AtomicLong> byStatus = new EnumMap<>(DeploymentStatus.class);

    DeploymentMetrics(MeterRegistry registry, DeploymentRepository deployments) {
        this.registry = registry;
        this.deployments = deployments;
        for (DeploymentStatus status : DeploymentStatus.values()) {
            AtomicLong count = new AtomicLong();
            byStatus.put(status, count);
            Gauge.builder("dumont.deployments", count, AtomicLong::get)
                    .description("Deployments by status")
                    .tag("status", status.name())
                    .register(registry);
        }
    }

    void ready(DeploymentEntity d, Duration timeToReady) {
        Timer.builder("dumont.deployments.time_to_ready")
                .description("From deploy request to the app's first healthy answer")
                .tag("template", d.getTemplateSlug())
                .publishPercentileHistogram()
                .register(registry)
                .record(timeToReady);
    }

    @Scheduled(fixedDelayString = "PT15S", initialDelayString = "PT5S")
    @Transactional(readOnly = true)
    void countByStatus() {
        Map<DeploymentStatus, Long> counts = new EnumMap<>(DeploymentStatus.class);
        try {
            for (Object[] row : deployments.countByStatus()) {
                counts.put((DeploymentStatus) row[0], (Long) row[1]);
            }
        } catch (DataAccessException e) {
            // The gauges keep their last value; the database's own health indicator reports the outage.
            log.debug("Counting deployments by status failed: {}", e.getMessage());
            return;
        }
        byStatus.forEach((status, gauge) -> gauge.set(counts.getOrDefault(status, 0L)));
    }
}
