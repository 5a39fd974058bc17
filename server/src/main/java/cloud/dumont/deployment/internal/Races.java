package cloud.dumont.deployment.internal;

import cloud.dumont.api.deployment.DeploymentStatus;
import cloud.dumont.api.deployment.InstanceAttempt;
import cloud.dumont.provider.CloudInstance;
import cloud.dumont.provider.GpuCloud;
import cloud.dumont.provider.InstanceState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
    private final HibernationProperties hibernation;

    Races(
            GpuCloud cloud,
            InstanceReleases releases,
            InstanceOrders orders,
            HealthProbe probe,
            HealthChecks health,
            DeploymentStore store,
            DeploymentProperties properties,
            HibernationProperties hibernation) {
        this.cloud = cloud;
        this.releases = releases;
        this.orders = orders;
        this.probe = probe;
        this.health = health;
        this.store = store;
        this.properties = properties;
        this.hibernation = hibernation;
    }

    Outcome step(DeploymentEntity d, Instant now) {
        Optional<Healthy> first =
                firstHealthy(d, racer -> "Racer " + racer.seq() + " (instance " + racer.instanceId() + ")", now);
        if (first.isPresent()) {
            return win(d, first.get().racer(), first.get().instance(), now);
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

    /** A racer whose instance runs and passed its health check. */
    private record Healthy(InstanceAttempt racer, CloudInstance instance) {}

    /**
     * Looks at every racer still in the race: one the provider no longer has, or that shows it will never run, is
     * given up (its instance destroyed, the timeline told under {@code name}); the first running and healthy one is
     * returned. Shared by the Race strategy and a wake's race against a slow restart.
     */
    private Optional<Healthy> firstHealthy(
            DeploymentEntity d, java.util.function.Function<InstanceAttempt, String> name, Instant now) {
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
                d.note(name.apply(racer) + " given up: " + dead.get(), now);
                continue;
            }
            if (instance.state() == InstanceState.RUNNING
                    && probe.check(d, instance).healthy()) {
                return Optional.of(new Healthy(racer, instance));
            }
        }
        return Optional.empty();
    }

    private Outcome win(DeploymentEntity d, InstanceAttempt winner, CloudInstance instance, Instant now) {
        return promote(
                d,
                winner,
                instance,
                "Instance " + winner.instanceId() + " (" + winner.gpuName() + ") won the race of "
                        + d.getInstanceAttempts().size() + "; the others were destroyed",
                now);
    }

    /** The winner becomes the deployment's instance, the other racers are destroyed, and its health is checked. */
    private Outcome promote(
            DeploymentEntity d, InstanceAttempt winner, CloudInstance instance, String message, Instant now) {
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
        d.moveTo(DeploymentStatus.starting, message, now);
        return health.check(d, now, Optional.of(instance));
    }

    /**
     * A wake of a stopped instance whose hibernation took a snapshot: once the restart has taken {@code
     * wake-race-after} without running, one fresh instance is rented beside it (Vast.ai may never give the GPU back),
     * restoring the snapshot before its app starts; the first of the two to be healthy is kept. Returns the outcome
     * when the fresh one won, else empty (the restart goes on).
     */
    Optional<Outcome> wakeStep(DeploymentEntity d, Instant now) {
        if (d.workspace().restoreSnapshotId() == null) {
            return Optional.empty();
        }
        Optional<Healthy> fresh = firstHealthy(d, racer -> "Fresh instance " + racer.instanceId(), now);
        if (fresh.isPresent()) {
            InstanceAttempt racer = fresh.get().racer();
            long stopped = d.getInstanceId();
            releases.release(d, stopped);
            d.endAttempt(stopped, "replaced", "a fresh instance restored from the snapshot was healthy first", now);
            return Optional.of(promote(
                    d,
                    racer,
                    fresh.get().instance(),
                    "Fresh instance " + racer.instanceId() + " (" + racer.gpuName() + "), restored from the snapshot,"
                            + " was healthy before instance " + stopped + " ran again; " + stopped + " was destroyed",
                    now));
        }
        boolean raced = d.getInstanceAttempts().stream()
                .anyMatch(a -> a.orderedAt() != null && !a.orderedAt().isBefore(d.getWakingAt()));
        if (!raced && !d.getWakingAt().plus(hibernation.wakeRaceAfter()).isAfter(now)) {
            orders.placeBeside(d, now);
        }
        return Optional.empty();
    }

    /** The restart won a wake race: the fresh instance, if one was rented, is destroyed. */
    void restartWon(DeploymentEntity d, Instant now) {
        if (d.workspace().restoreSnapshotId() == null) {
            return;
        }
        for (InstanceAttempt racer : d.racing()) {
            releases.release(d, racer.instanceId());
            d.endAttempt(racer.instanceId(), "lost", "instance " + d.getInstanceId() + " ran again first", now);
        }
        d.workspace().restoreAtNextLaunch(null); // its own disk is the workspace
    }

    /**
     * The restart missed the wake deadline: a fresh instance racing it takes over as the deployment's instance (still
     * booting, followed as any new instance), and the stopped one is destroyed. False when there is none.
     */
    boolean wakeRacerTakesOver(DeploymentEntity d, String reason, Instant now) {
        List<InstanceAttempt> racers = d.racing();
        if (racers.isEmpty()) {
            return false;
        }
        InstanceAttempt racer = racers.getLast();
        long stopped = d.getInstanceId();
        releases.release(d, stopped);
        d.endAttempt(stopped, "replaced", reason, now);
        store.recordInstance(d.getId(), racer.instanceId());
        d.win(racer);
        d.moveTo(
                DeploymentStatus.provisioning,
                "Instance " + stopped + " " + reason + "; it was destroyed, and fresh instance " + racer.instanceId()
                        + ", which restores the snapshot, takes over",
                now);
        return true;
    }

    /** Ends every racer still in the race, destroying its instance: on timeout, failure or destroy. */
    void endAll(DeploymentEntity d, String outcome, String reason, Instant now) {
        for (InstanceAttempt racer : d.racing()) {
            releases.release(d, racer.instanceId());
            d.endAttempt(racer.instanceId(), outcome, reason, now);
        }
    }
}
