package cloud.dumont.deployment.internal;

import cloud.dumont.api.deployment.DeploymentStatus;
import cloud.dumont.api.deployment.InstanceAttempt;
import cloud.dumont.api.deployment.ProvisioningStrategy;
import cloud.dumont.provider.CloudInstance;
import cloud.dumont.provider.GpuCloud;
import cloud.dumont.provider.InstanceState;
import cloud.dumont.provider.ProviderException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Drives one deployment one step towards what it should be, from what the provider reports now: level-triggered and
 * idempotent, so running it twice, or after a crash, does no harm. It never sleeps: it returns when to look again.
 */
@Component
public class Reconciler {

    private static final Duration MAX_ERROR_BACKOFF = Duration.ofMinutes(1);
    private static final int OFFER_ATTEMPTS = 8;

    /** RoundRobin gives up after this many instances: a market where six hosts in a row are dead is worth a look. */
    static final int MAX_ROUND_ROBIN_ATTEMPTS = 6;

    /** Outbids in a row before an interruptible deployment fails: a bid this far under the market will not hold. */
    static final int MAX_OUTBIDS = 5;

    private final GpuCloud cloud;
    private final InstanceOrders orders;
    private final HealthChecks health;
    private final InstanceWatcher watcher;
    private final DeploymentProperties properties;
    private final GraphReconciler graphs;
    private final Races races;
    private final InstanceReleases releases;
    private final Hibernation hibernation;
    private final HibernationProperties hibernationProperties;
    private final Failover failover;
    private final WorkspaceSnapshots workspaces;
    private final Clock clock;

    Reconciler(
            GpuCloud cloud,
            GraphReconciler graphs,
            Races races,
            InstanceReleases releases,
            Hibernation hibernation,
            HibernationProperties hibernationProperties,
            Failover failover,
            WorkspaceSnapshots workspaces,
            InstanceOrders orders,
            HealthChecks health,
            InstanceWatcher watcher,
            DeploymentProperties properties,
            Clock clock) {
        this.cloud = cloud;
        this.orders = orders;
        this.health = health;
        this.watcher = watcher;
        this.properties = properties;
        this.graphs = graphs;
        this.races = races;
        this.releases = releases;
        this.hibernation = hibernation;
        this.hibernationProperties = hibernationProperties;
        this.failover = failover;
        this.workspaces = workspaces;
        this.clock = clock;
    }

    public Outcome reconcile(DeploymentEntity d) {
        Instant now = clock.instant();
        if (d.onKubernetes()) {
            return graphs.reconcile(d, now);
        }
        if (d.isSimulated() != cloud.simulated()) {
            return otherCloud(d, now);
        }
        try {
            int errorsBefore = d.getTransientErrors();
            Outcome outcome = step(d, now);
            if (d.getTransientErrors() == errorsBefore) {
                // A step that went through ends a streak; one that counted a taken offer is part of it.
                d.setTransientErrors(0);
            }
            return outcome;
        } catch (ProviderException e) {
            return providerTrouble(d, e, now);
        }
    }

    private Outcome step(DeploymentEntity d, Instant now) {
        return switch (d.getStatus()) {
            case pending, provisioning -> provision(d, now);
            case starting, unhealthy, running -> {
                Optional<CloudInstance> seen = observe(d, now);
                if (seen.isEmpty()) {
                    yield afterLoss(d);
                }
                Outcome checked = health.check(d, now, seen);
                workspaces.afterRunning(d, now);
                workspaces.periodic(d, failover.snapshotInterval(), now);
                yield hibernation.consider(d, seen.get(), now).orElse(checked);
            }
            case hibernating -> hibernation.hibernating(d, observe(d, now), now);
            case hibernated ->
                d.getInstanceId() == null
                        ? Hibernation.RELEASED_CHECK
                        : hibernation.hibernated(d, observe(d, now), now);
            case waking -> waking(d, now);
            case destroying -> destroy(d, now);
            case failed, destroyed -> Outcome.done();
        };
    }

    private Outcome provision(DeploymentEntity d, Instant now) {
        boolean noInstance = d.getInstanceId() == null;
        if (noInstance && d.getStrategy() == ProvisioningStrategy.race) {
            return races.step(d, now);
        }
        if (noInstance || d.getStatus() == DeploymentStatus.pending) {
            // Pending with an instance: ordered before a crash, adopted by the order. Provisioning without one:
            // RoundRobin gave a host up and the next offer was gone before its create, so that order is still to place.
            return order(d, now);
        }
        return awaitInstance(d, now);
    }

    private Outcome order(DeploymentEntity d, Instant now) {
        if (d.getStaleInstanceId() != null) {
            cloud.destroy(d.getStaleInstanceId());
            d.note("Destroyed instance " + d.getStaleInstanceId() + " of the previous attempt", now);
            d.setStaleInstanceId(null);
        }
        InstanceOrders.Result result = orders.place(d, now);
        return switch (result) {
            case ORDERED -> Outcome.requeueAfter(properties.pollInterval());
            case OFFER_GONE -> {
                if (d.getTransientErrors() + 1 >= OFFER_ATTEMPTS) {
                    yield Outcome.failed(
                            d, Problems.NO_OFFERS, "Every offer tried was taken before it could be rented", now);
                }
                d.setTransientErrors(d.getTransientErrors() + 1);
                yield Outcome.requeueAfter(Duration.ZERO);
            }
            case NO_OFFERS ->
                Outcome.failed(
                        d,
                        Problems.NO_OFFERS,
                        "No compatible GPU offer is available right now; retry later or choose another GPU",
                        now);
        };
    }

    private Outcome awaitInstance(DeploymentEntity d, Instant now) {
        Optional<CloudInstance> seen = observe(d, now);
        if (seen.isEmpty()) {
            return afterLoss(d);
        }
        CloudInstance instance = seen.get();
        if (instance.state() == InstanceState.RUNNING) {
            d.setMachineId(instance.machineId());
            d.setEndpoints(AppAccess.endpoints(d, instance));
            d.setHealthFailures(0);
            d.moveTo(
                    DeploymentStatus.starting,
                    "Instance " + instance.id() + " is running; waiting for " + d.getTemplateName()
                            + " to answer its health check",
                    now);
            return Outcome.requeueAfter(Duration.ZERO);
        }
        if (d.getStrategy() == ProvisioningStrategy.roundrobin) {
            Optional<String> dead = DeadAttempts.sign(instance, d.currentAttempt(), properties.attemptDeadline(), now);
            if (dead.isPresent()) {
                return moveOn(d, dead.get(), now);
            }
        }
        if (Duration.between(d.getProvisioningAt(), now).compareTo(properties.provisioningTimeout()) >= 0) {
            return failAndDestroy(
                    d,
                    Problems.PROVISIONING_TIMEOUT,
                    "No running instance after " + minutes(properties.provisioningTimeout())
                            + " (last provider status: " + describe(instance) + "); the instance was destroyed",
                    now);
        }
        String status = describe(instance);
        if (!status.equals(d.getProviderStatus())) {
            d.setProviderStatus(status);
            d.note("Provider: " + status, now);
        }
        return Outcome.requeueAfter(properties.pollInterval());
    }

    /**
     * The deployment's instance when it can still become or stay useful; otherwise the deployment has been failed
     * (and the instance destroyed) and the answer is empty.
     */
    Optional<CloudInstance> observe(DeploymentEntity d, Instant now) {
        Optional<CloudInstance> instance =
                watcher.recent(d.getInstanceId()).or(() -> cloud.instance(d.getInstanceId()));
        if (instance.isEmpty()) {
            if (d.getStatus() == DeploymentStatus.hibernated && d.workspace().hibernationSnapshotId() != null) {
                Long gone = d.getInstanceId();
                d.releaseStoppedInstance(
                        "the provider no longer has the stopped instance", workspaces.snapshotUsdPerHour(d), now);
                d.note(
                        "The provider no longer has stopped instance " + gone
                                + "; the workspace is safe in its snapshot, and a wake restores it on a new instance",
                        now);
                return Optional.empty();
            }
            if (failover.applies(d)) {
                failover.replace(d, "the provider no longer has instance " + d.getInstanceId(), now);
                return Optional.empty();
            }
            Outcome.failed(d, Problems.INSTANCE_LOST, "The provider no longer has instance " + d.getInstanceId(), now);
            return Optional.empty();
        }
        d.observed(instance.get(), now);
        InstanceState state = instance.get().state();
        if (failover.applies(d)) {
            if (state == InstanceState.BROKEN) {
                failover.hostDown(d, describe(instance.get()), now);
                return Optional.empty();
            }
            d.hostBack(now);
        }
        if (state == InstanceState.STOPPED && d.getStatus().hibernation()) {
            return instance; // stopped by Dumont itself
        }
        if (state == InstanceState.BROKEN
                && d.getStatus() == DeploymentStatus.provisioning
                && d.getStrategy() == ProvisioningStrategy.roundrobin) {
            return instance; // awaitInstance moves on to the next offer
        }
        if (state == InstanceState.STOPPED && d.isInterruptible()) {
            outbid(d, instance.get(), now);
            return Optional.empty();
        }
        if (state == InstanceState.BROKEN || state == InstanceState.STOPPED) {
            String code = state == InstanceState.BROKEN ? Problems.CONTAINER_FAILED : Problems.INSTANCE_STOPPED;
            failAndDestroy(d, code, "The instance will not run: " + describe(instance.get()), now);
            return Optional.empty();
        }
        return instance;
    }

    /**
     * Waking: the stopped instance was asked to start. Running again → on to the health check. When the hibernation
     * took a snapshot and the restart is slow, a fresh instance restoring it races the restart (see {@link
     * Races#wakeStep}). Not running by the wake deadline → its host's GPU went to someone else while it was stopped
     * (Vast.ai shows it "scheduling", possibly for ever), so the fresh instance, or a new one restoring the snapshot,
     * takes over. Without a snapshot the stopped disk is the workspace, and the restart is waited for.
     */
    private Outcome waking(DeploymentEntity d, Instant now) {
        Optional<CloudInstance> seen = observe(d, now);
        if (seen.isEmpty()) {
            return afterLoss(d);
        }
        CloudInstance instance = seen.get();
        if (instance.state() == InstanceState.RUNNING) {
            races.restartWon(d, now);
            d.setEndpoints(AppAccess.endpoints(d, instance));
            d.setHealthFailures(0);
            d.moveTo(
                    DeploymentStatus.starting,
                    "Instance " + instance.id() + " runs again; waiting for " + d.getTemplateName()
                            + " to answer its health check",
                    now);
            return Outcome.requeueAfter(Duration.ZERO);
        }
        Optional<Outcome> raced = races.wakeStep(d, now);
        if (raced.isPresent()) {
            return raced.get();
        }
        if (Duration.between(d.getWakingAt(), now).compareTo(hibernationProperties.wakeDeadline()) >= 0) {
            Long stopped = d.getInstanceId();
            String reason = "did not run again within " + Hibernation.seconds(hibernationProperties.wakeDeadline())
                    + " (" + describe(instance) + "): its host's GPU is likely taken";
            if (races.wakeRacerTakesOver(d, reason, now)) {
                return Outcome.requeueAfter(Duration.ZERO);
            }
            UUID snapshot = d.workspace().restoreSnapshotId();
            if (snapshot == null) {
                // The stopped disk is the only copy of the workspace: destroying it for a fresh host would lose the
                // user's work, so the restart is waited for (the GPU may come back) and the user decides.
                d.wakeOverdue(
                        "Instance " + stopped + " " + reason + ". Its disk holds your only copy of the workspace"
                                + " (no snapshot was taken), so Dumont keeps waiting for it to run again rather than"
                                + " move you to a new host; destroy the deployment and deploy again if you would"
                                + " rather start fresh elsewhere",
                        now);
            } else {
                d.replaceInstance(
                        "replaced",
                        reason,
                        "Instance " + stopped + " " + reason + "; renting a new instance (it restores snapshot "
                                + snapshot + " before its app starts)",
                        now);
                releases.release(d, stopped);
                return order(d, now);
            }
        }
        if (instance.state() == InstanceState.STOPPED) {
            cloud.start(instance.id()); // idempotent: asked again until the provider takes it
        }
        return Outcome.requeueAfter(properties.pollInterval());
    }

    /** After {@link #observe} lost the instance: over when that failed the deployment, else on to a new host. */
    private Outcome afterLoss(DeploymentEntity d) {
        return switch (d.getStatus()) {
            case failed -> Outcome.done();
            case provisioning -> Outcome.requeueAfter(Duration.ZERO); // on to a new host at once
            default -> Outcome.requeueAfter(properties.pollInterval()); // a host down, inside its grace period
        };
    }

    /**
     * Vast.ai stopped an interruptible instance: a higher bid took its GPU, and it will not run again unless the bid
     * is raised. Dumont re-provisions at the same bid elsewhere (the market may have moved on: the offers searched are
     * those whose minimum bid the bid still meets), and gives up after {@link #MAX_OUTBIDS} in a row.
     */
    private void outbid(DeploymentEntity d, CloudInstance instance, Instant now) {
        if (d.getOutbids() + 1 >= MAX_OUTBIDS) {
            failAndDestroy(
                    d,
                    Problems.OUTBID,
                    "Outbid " + MAX_OUTBIDS + " times in a row at $" + d.getBidPerHour()
                            + "/h; raise the bid or deploy on-demand",
                    now);
            return;
        }
        d.recoverFromOutbid(describe(instance), now);
        releases.release(d, instance.id());
    }

    /**
     * RoundRobin's move to the next offer: the dead instance is destroyed (a failure to do so leaves it to the orphan
     * sweeper, since its label names a past attempt) and the next one is ordered in this same pass.
     */
    private Outcome moveOn(DeploymentEntity d, String reason, Instant now) {
        // Only the instances tried since the deployment last had a working host count: one woken onto new
        // instances for weeks has rented many, and its next slow boot must not fail it.
        Instant lastWorked = d.getInstanceAttempts().stream()
                .map(InstanceAttempt::readyAt)
                .filter(java.util.Objects::nonNull)
                .max(Instant::compareTo)
                .orElse(Instant.MIN);
        long tried = d.getInstanceAttempts().stream()
                .filter(a -> a.orderedAt() != null && a.orderedAt().isAfter(lastWorked))
                .count();
        if (tried >= MAX_ROUND_ROBIN_ATTEMPTS) {
            return failAndDestroy(
                    d,
                    Problems.NO_WORKING_HOST,
                    "No working host after " + tried + " instances; the last one: " + reason,
                    now);
        }
        Long dead = d.getInstanceId();
        d.moveOn(reason, now);
        if (dead != null) {
            releases.release(d, dead);
        }
        return order(d, now);
    }

    private Outcome destroy(DeploymentEntity d, Instant now) {
        races.endAll(d, "destroyed", "the deployment was destroyed during the race", now);
        if (d.getStaleInstanceId() != null) {
            cloud.destroy(d.getStaleInstanceId());
            d.setStaleInstanceId(null);
        }
        if (d.getInstanceId() != null) {
            cloud.destroy(d.getInstanceId());
            d.endAttempt(d.getInstanceId(), "destroyed", null, now);
        }
        int snapshots = workspaces.forget(d);
        if (snapshots > 0) {
            d.note("Deleted its " + snapshots + " workspace snapshot" + (snapshots == 1 ? "" : "s"), now);
        }
        d.moveTo(
                DeploymentStatus.destroyed,
                d.getInstanceId() == null
                        ? "Destroyed before an instance was rented"
                        : "Instance " + d.getInstanceId() + " destroyed; billing stopped",
                now);
        return Outcome.done();
    }

    /**
     * The deployment lives in another cloud than the one this server talks to now. A Vast.ai deployment seen by a server
     * without VAST_API_KEY waits, untouched, for the key to come back (its instance may still be running and billed);
     * a simulated deployment seen by a server on Vast.ai is over, since its simulator went with the old process.
     */
    private Outcome otherCloud(DeploymentEntity d, Instant now) {
        if (!d.isSimulated()) {
            if (!OTHER_CLOUD_NOTE.equals(d.getProviderStatus())) {
                d.setProviderStatus(OTHER_CLOUD_NOTE);
                d.note(OTHER_CLOUD_NOTE, now);
            }
            return Outcome.requeueAfter(Duration.ofMinutes(1));
        }
        if (d.getStatus() == DeploymentStatus.destroying) {
            d.moveTo(DeploymentStatus.destroyed, "The simulated cloud it ran in is gone; nothing is rented", now);
            return Outcome.done();
        }
        return Outcome.failed(
                d, Problems.INSTANCE_LOST, "The simulated cloud it ran in is gone: the server now uses Vast.ai", now);
    }

    static final String OTHER_CLOUD_NOTE =
            "Waiting for VAST_API_KEY: this deployment runs on Vast.ai, but the server now runs without a key";

    Outcome failAndDestroy(DeploymentEntity d, String code, String message, Instant now) {
        if (d.getInstanceId() != null) {
            releases.release(d, d.getInstanceId());
        }
        return Outcome.failed(d, code, message, now);
    }

    private Outcome providerTrouble(DeploymentEntity d, ProviderException e, Instant now) {
        if (e.kind() == ProviderException.Kind.TRANSIENT || d.getStatus() == DeploymentStatus.destroying) {
            int errors = d.getTransientErrors() + 1;
            d.setTransientErrors(errors);
            if (errors == 1 || errors % 10 == 0) {
                d.note("Provider unavailable, retrying: " + e.getMessage(), now);
            }
            if (d.getStatus() == DeploymentStatus.provisioning
                    && Duration.between(d.getProvisioningAt(), now).compareTo(properties.provisioningTimeout()) >= 0) {
                return failAndDestroy(
                        d,
                        Problems.PROVISIONING_TIMEOUT,
                        "No running instance after " + minutes(properties.provisioningTimeout())
                                + ": the provider kept failing",
                        now);
            }
            long seconds = Math.min(MAX_ERROR_BACKOFF.toSeconds(), 1L << Math.min(errors, 6));
            return Outcome.requeueAfter(Duration.ofSeconds(seconds));
        }
        if (e.kind() == ProviderException.Kind.AUTH) {
            return Outcome.failed(
                    d,
                    Problems.PROVIDER_AUTH,
                    "The GPU provider rejected Dumont's API key; an administrator must check VAST_API_KEY",
                    now);
        }
        return Outcome.failed(
                d, Problems.PROVIDER_REJECTED, "The GPU provider refused the order: " + e.getMessage(), now);
    }

    static String describe(CloudInstance instance) {
        String state = instance.state().name().toLowerCase(java.util.Locale.ROOT);
        return instance.statusMessage() == null || instance.statusMessage().isBlank()
                ? state
                : state + ", " + instance.statusMessage().trim();
    }

    private static String minutes(Duration d) {
        return d.toMinutes() == 1 ? "1 minute" : d.toMinutes() + " minutes";
    }
}
