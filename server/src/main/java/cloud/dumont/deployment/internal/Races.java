package cloud.dumont.deployment.internal;

import cloud.dumont.api.deployment.DeploymentStatus;
import cloud.dumont.api.deployment.InstanceAttempt;
import cloud.dumont.provider.CloudInstance;
import cloud.dumont.provider.GpuCloud;
import cloud.dumont.provider.InstanceState;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The Race strategy: up to N instances on distinct machines, ordered one per pass (a small stagger that keeps the
 * provider's rate limit happy), each watched until one passes its health check. The winner becomes the deployment's
 * instance; the others are destroyed at once and recorded as lost, with their cost. A racer that shows it will never
 * run is given up and replaced while the race has instances to spare.
 */
@Component
class Races {

    /** Replacements for dead racers stop here: a race that burned this many hosts has a market problem. */
    private static final int SPARE_RACERS = 3;

    private final GpuCloud cloud;
    private final InstanceReleases releases;
    private final InstanceOrders orders;
    private final HealthProbe probe;
    private final HealthChecks health;
    private final DeploymentStore store;
    private final DeploymentProperties properties;

    Races(
            GpuCloud cloud,
            InstanceReleases releases,
            InstanceOrders orders,
            HealthProbe probe,
            HealthChecks health,
            DeploymentStore store,
            DeploymentProperties properties) {
        this.cloud = cloud;
        this.releases = releases;
        this.orders = orders;
        this.probe = probe;
        this.health = health;
        this.store = store;
        this.properties = properties;
    }

    Outcome step(DeploymentEntity d, Instant now) {
        for (InstanceAttempt racer : d.racing()) {
            Optional<CloudInstance> seen = cloud.instance(racer.instanceId());
            if (seen.isEmpty()) {
                d.endAttempt(racer.instanceId(), "dead", "the provider no longer has it", now);
                continue;
            }
            CloudInstance instance = seen.get();
            d.observed(instance, now);
            Optional<String> dead = DeadAttempts.sign(instance, Optional.of(racer), properties.attemptDeadline(), now);
            if (dead.isPresent()) {
                releases.release(d, racer.instanceId());
                d.endAttempt(racer.instanceId(), "dead", dead.get(), now);
                d.note("Racer " + racer.seq() + " (instance " + racer.instanceId() + ") given up: " + dead.get(), now);
                continue;
            }
            if (instance.state() == InstanceState.RUNNING
                    && probe.check(d, instance).healthy()) {
                return win(d, racer, instance, now);
            }
        }
        int racing = d.racing().size();
        int ordered = d.getInstanceAttempts().size();
        if (racing < d.getRaceSize() && ordered < d.getRaceSize() + SPARE_RACERS) {
            InstanceOrders.Result result = orders.placeRacer(d, now);
            switch (result) {
                case ORDERED -> {
                    return Outcome.requeueAfter(properties.raceStagger());
                }
                case OFFER_GONE -> {
                    return Outcome.requeueAfter(Duration.ZERO);
                }
                case NO_OFFERS -> {
                    if (racing == 0) {
                        return Outcome.failed(
                                d,
                                ordered == 0 ? Problems.NO_OFFERS : Problems.NO_WORKING_HOST,
                                ordered == 0
                                        ? "No compatible GPU offer is available right now; retry later or choose"
                                                + " another GPU"
                                        : "Every racer was given up and no other offer is left to race",
                                now);
                    }
                }
            }
        }
        if (d.racing().isEmpty()) {
            return Outcome.failed(
                    d,
                    Problems.NO_WORKING_HOST,
                    "No working host after " + ordered + " racers; each one's reason is listed",
                    now);
        }
        if (d.getProvisioningAt() != null
                && Duration.between(d.getProvisioningAt(), now).compareTo(properties.provisioningTimeout()) >= 0) {
            endAll(d, "failed", "the race timed out", now);
            return Outcome.failed(
                    d,
                    Problems.PROVISIONING_TIMEOUT,
                    "No racer passed its health check within "
                            + properties.provisioningTimeout().toMinutes() + " minutes; every racer was destroyed",
                    now);
        }
        return Outcome.requeueAfter(properties.pollInterval());
    }

    private Outcome win(DeploymentEntity d, InstanceAttempt winner, CloudInstance instance, Instant now) {
        for (InstanceAttempt other : d.racing()) {
            if (other.instanceId() != winner.instanceId()) {
                releases.release(d, other.instanceId());
                d.endAttempt(other.instanceId(), "lost", "lost the race to instance " + winner.instanceId(), now);
            }
        }
        store.recordInstance(d.getId(), winner.instanceId());
        d.win(winner);
        d.setMachineId(instance.machineId());
        d.setEndpoints(AppAccess.endpoints(d, instance));
        d.setHealthFailures(0);
        d.moveTo(
                DeploymentStatus.starting,
                "Instance " + winner.instanceId() + " (" + winner.gpuName() + ") won the race of "
                        + d.getInstanceAttempts().size() + "; the others were destroyed",
                now);
        return health.check(d, now, Optional.of(instance));
    }

    /** Ends every racer still in the race, destroying its instance: on timeout, failure or destroy. */
    void endAll(DeploymentEntity d, String outcome, String reason, Instant now) {
        for (InstanceAttempt racer : d.racing()) {
            releases.release(d, racer.instanceId());
            d.endAttempt(racer.instanceId(), outcome, reason, now);
        }
    }
}
