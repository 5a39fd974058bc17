package cloud.dumont.deployment.internal;

import cloud.dumont.deployment.DeploymentCost;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Deployments' costs inside a window, summed over the instances each one rented (each cut to the window). */
@Service
public class DeploymentCosts {

    private final DeploymentRepository repository;

    DeploymentCosts(DeploymentRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    public List<DeploymentCost> between(UUID ownerId, Instant from, Instant to) {
        return repository.findBilledSince(ownerId, from).stream()
                .map(d -> new DeploymentCost(d.getId(), d.getTemplateName(), d.getStatus(), cost(d, from, to)))
                .filter(c -> c.costUsd() > 0 || c.status().live())
                .toList();
    }

    /** What hibernation has saved on all of an owner's deployments by {@code now}, destroyed ones included. */
    @Transactional(readOnly = true)
    public double savedUsd(UUID ownerId, Instant now) {
        return repository.findSaversOf(ownerId).stream()
                .mapToDouble(d -> d.savedUsd(now))
                .sum();
    }

    private static double cost(DeploymentEntity d, Instant from, Instant to) {
        // Snapshot storage counts for the stage-2 stretch in progress; ended stretches are in the deployment's total.
        return d.getInstanceAttempts().stream()
                        .mapToDouble(a -> a.costBetween(from, to))
                        .sum()
                + d.workspace().snapshotStorageBetween(from, to);
    }
}
