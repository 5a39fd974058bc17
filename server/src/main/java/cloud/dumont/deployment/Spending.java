package cloud.dumont.deployment;

import cloud.dumont.deployment.internal.DeploymentCosts;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * What a user's Vast.ai deployments cost inside a window of time (a month), from each rented instance's cost accrued
 * in it, and what hibernation saved them. Kubernetes deployments have no price, and unclaimed warm-pool members are
 * Dumont's stock, not anyone's spend.
 */
@Service
public class Spending {

    private final DeploymentCosts costs;

    Spending(DeploymentCosts costs) {
        this.costs = costs;
    }

    /** The user's spend between {@code from} and {@code to}. */
    public double spent(UUID userId, Instant from, Instant to) {
        return byDeployment(userId, from, to).stream()
                .mapToDouble(DeploymentCost::costUsd)
                .sum();
    }

    /**
     * What hibernation has saved the user by {@code now}, over all their deployments (destroyed ones too) and all
     * time: the GPU share of each instance's price for every hour it was stopped instead of running. All time rather
     * than this month, because a deployment keeps one running total of its savings, not one per hibernation.
     */
    public double savedUsd(UUID userId, Instant now) {
        return costs.savedUsd(userId, now);
    }

    /**
     * Each of the user's deployments that cost something between {@code from} and {@code to} or is live, newest
     * first.
     */
    public List<DeploymentCost> byDeployment(UUID userId, Instant from, Instant to) {
        return costs.between(userId, from, to);
    }
}
