package cloud.dumont.deployment.internal;

import cloud.dumont.provider.CloudInstance;
import cloud.dumont.provider.GpuCloud;
import cloud.dumont.provider.InstanceState;
import cloud.dumont.provider.ProviderException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Watches every Dumont instance with one paged list call per interval instead of one call per instance: Vast.ai limits
 * calls per endpoint, and a list of 25 per page scales where per-instance polling does not. When an instance leaves
 * the creating and loading states, its provisioning deployment is woken at once, so an app that is up is noticed
 * within about one interval rather than at the next poll. The reconciler also reads instances from the latest sweep
 * while it is fresh.
 */
@Component
public class InstanceWatcher {

    private static final Logger log = LoggerFactory.getLogger(InstanceWatcher.class);

    private record Sweep(Instant at, Map<Long, CloudInstance> byId) {}

    private final GpuCloud cloud;
    private final JdbcClient jdbc;
    private final Wakeups wakeups;
    private final DeploymentProperties properties;
    private final Clock clock;
    private volatile Sweep last = new Sweep(Instant.EPOCH, Map.of());

    InstanceWatcher(GpuCloud cloud, JdbcClient jdbc, Wakeups wakeups, DeploymentProperties properties, Clock clock) {
        this.cloud = cloud;
        this.jdbc = jdbc;
        this.wakeups = wakeups;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${dumont.deployments.watch-interval}")
    void scheduledSweep() {
        if (!properties.loopEnabled()) {
            return;
        }
        try {
            sweep();
        } catch (ProviderException e) {
            log.debug("Instance sweep skipped: {}", e.getMessage());
        }
    }

    /** Lists the instances once and wakes the deployments whose instance has settled (running, or never will). */
    public void sweep() {
        Instant at = clock.instant();
        Map<Long, CloudInstance> byId = cloud.instancesLabelled(Labels.PREFIX).stream()
                .collect(Collectors.toMap(CloudInstance::id, Function.identity(), (a, b) -> a));
        Map<Long, CloudInstance> before = last.byId();
        last = new Sweep(at, byId);
        List<Long> settled = byId.values().stream()
                .filter(i -> i.state() != InstanceState.CREATING && i.state() != InstanceState.LOADING)
                .filter(i -> !before.containsKey(i.id()) || before.get(i.id()).state() != i.state())
                .map(CloudInstance::id)
                .toList();
        if (!settled.isEmpty() && wake(settled, at) > 0) {
            wakeups.wake();
        }
    }

    /**
     * The instance as the latest sweep saw it, when that sweep is recent. Empty means "ask the provider": an instance
     * missing from a sweep may simply be newer than the sweep, so absence is never taken as gone.
     */
    Optional<CloudInstance> recent(long instanceId) {
        Sweep sweep = last;
        Duration age = Duration.between(sweep.at(), clock.instant());
        if (age.isNegative() || age.compareTo(properties.watchInterval().multipliedBy(2)) > 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(sweep.byId().get(instanceId));
    }

    private int wake(List<Long> instanceIds, Instant now) {
        return jdbc.sql(
                        """
                        update deployments set next_check_at = :now
                         where status = 'provisioning' and instance_id in (:ids) and next_check_at > :now""")
                .param("now", Timestamp.from(now))
                .param("ids", instanceIds)
                .update();
    }
}
