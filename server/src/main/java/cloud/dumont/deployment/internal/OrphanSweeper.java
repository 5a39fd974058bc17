package cloud.dumont.deployment.internal;

import cloud.dumont.provider.CloudInstance;
import cloud.dumont.provider.GpuCloud;
import cloud.dumont.provider.ProviderException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Destroys paid instances nobody tracks: instances labelled by Dumont whose deployment does not exist, is failed or
 * destroyed, or has moved on to a later attempt. An instance of the current attempt of a live deployment is never
 * touched, even before its id was saved, so the sweeper cannot race an order.
 */
@Component
public class OrphanSweeper {

    private static final Logger log = LoggerFactory.getLogger(OrphanSweeper.class);

    private final GpuCloud cloud;
    private final DeploymentStore store;

    OrphanSweeper(GpuCloud cloud, DeploymentStore store) {
        this.cloud = cloud;
        this.store = store;
    }

    @Scheduled(
            fixedDelayString = "${dumont.deployments.orphan-sweep-interval}",
            initialDelayString = "${dumont.deployments.orphan-sweep-interval}")
    void scheduledSweep() {
        try {
            sweep();
        } catch (ProviderException e) {
            log.warn("Orphan sweep skipped: {}", e.getMessage());
        }
    }

    /** @return how many instances were destroyed */
    public int sweep() {
        List<CloudInstance> labelled = cloud.instancesLabelled(Labels.PREFIX);
        // One query for every deployment the labels name, not one per instance.
        Map<UUID, DeploymentEntity> owners = store.findAll(labelled.stream()
                .flatMap(i -> Labels.parse(i.label()).stream())
                .map(Labels.Parsed::deploymentId)
                .collect(Collectors.toSet()));
        int destroyed = 0;
        for (CloudInstance instance : labelled) {
            Optional<Labels.Parsed> label = Labels.parse(instance.label());
            if (label.isPresent()
                    && isOrphan(instance, label.get(), owners.get(label.get().deploymentId()))) {
                cloud.destroy(instance.id());
                destroyed++;
                log.info("Destroyed orphaned instance {} (label {})", instance.id(), instance.label());
            }
        }
        return destroyed;
    }

    private static boolean isOrphan(CloudInstance instance, Labels.Parsed label, DeploymentEntity d) {
        if (d == null) {
            return true;
        }
        if (!d.getStatus().live()) {
            return true;
        }
        boolean currentAttempt = label.attempt() == d.getAttempt();
        boolean tracked = Long.valueOf(instance.id()).equals(d.getInstanceId())
                || Long.valueOf(instance.id()).equals(d.getStaleInstanceId());
        return !currentAttempt && !tracked;
    }
}
