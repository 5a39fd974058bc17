package cloud.dumont.deployment.internal;

import cloud.dumont.agent.AgentLaunch;
import cloud.dumont.agent.AgentTokens;
import cloud.dumont.api.deployment.DeploymentStatus;
import cloud.dumont.api.deployment.ProvisioningStrategy;
import cloud.dumont.provider.CloudInstance;
import cloud.dumont.provider.CloudOffer;
import cloud.dumont.provider.GpuCloud;
import cloud.dumont.provider.ProviderException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Component;

/**
 * Rents the instance of a deployment's current attempt, at most once: it first looks for an instance that already
 * carries the attempt's label (ordered before a crash or a lost answer), and saves a new instance's id the moment the
 * provider returns it.
 */
@Component
class InstanceOrders {

    /** More offers looked at for a bid, since some of the best ask a higher minimum bid than it. */
    private static final int BID_HEADROOM = 16;

    /** Where the agent looks when a template declares no volume: the convention of Vast.ai's own images. */
    static final String DEFAULT_WORKSPACE = "/workspace";

    /** How many of the best offers an order picks from. */
    private static final int SPREAD = 4;

    enum Result {
        ORDERED,
        OFFER_GONE,
        NO_OFFERS
    }

    private final GpuCloud cloud;
    private final OfferPicker offers;
    private final DeploymentStore store;
    private final DeploymentProperties properties;
    private final AgentLaunch agents;
    private final WorkspaceSnapshots workspaces;

    InstanceOrders(
            GpuCloud cloud,
            OfferPicker offers,
            DeploymentStore store,
            DeploymentProperties properties,
            AgentLaunch agents,
            WorkspaceSnapshots workspaces) {
        this.cloud = cloud;
        this.offers = offers;
        this.store = store;
        this.properties = properties;
        this.agents = agents;
        this.workspaces = workspaces;
    }

    Result place(DeploymentEntity d, Instant now) {
        if (d.getInstanceId() != null) {
            provisioning(d, "Instance " + d.getInstanceId() + " was ordered before; following it", now);
            return Result.ORDERED;
        }
        Optional<CloudInstance> existing = d.orderMayExist()
                ? cloud.instancesLabelled(d.label()).stream()
                        .filter(i -> d.label().equals(i.label()))
                        .findFirst()
                : Optional.empty();
        if (existing.isPresent()) {
            CloudInstance instance = existing.get();
            store.recordInstance(d.getId(), instance.id());
            d.setInstanceId(instance.id());
            d.recordOrder(
                    d.getOfferId() == null ? 0 : d.getOfferId(),
                    instance.gpuName(),
                    d.getNumGpus(),
                    instance.pricePerHour(),
                    instance.machineId());
            d.startAttempt(
                    instance.id(),
                    d.getOfferId(),
                    instance.machineId(),
                    instance.gpuName(),
                    null,
                    instance.pricePerHour(),
                    null, // the instance does not say its disk's share: billed in full, the safe side
                    now);
            provisioning(d, "Found instance " + instance.id() + " ordered before a restart; following it", now);
            return Result.ORDERED;
        }
        Optional<CloudOffer> offer = choose(d);
        if (offer.isEmpty()) {
            return Result.NO_OFFERS;
        }
        CloudOffer o = offer.get();
        OptionalLong rented = rentAttempt(d, o, now);
        if (rented.isEmpty()) {
            return Result.OFFER_GONE;
        }
        long instanceId = rented.getAsLong();
        store.recordInstance(d.getId(), instanceId);
        d.setInstanceId(instanceId);
        d.recordOrder(o.id(), o.gpuName(), o.numGpus(), hourly(d, o), o.machineId());
        provisioning(
                d,
                String.format(
                        "Instance %d ordered: %s%s at $%.3f/h%s in %s",
                        instanceId,
                        o.numGpus() > 1 ? o.numGpus() + "× " : "",
                        o.gpuName(),
                        hourly(d, o),
                        d.isInterruptible() ? " (interruptible, bid $" + d.getBidPerHour() + "/h)" : "",
                        o.location()),
                now);
        return Result.ORDERED;
    }

    /**
     * Orders one more racer of a Race: the picked offer first, then the best-ranked offers on machines not yet in
     * this race. Every racer carries the attempt's label, so none is ever taken for an orphan while the race runs.
     */
    Result placeRacer(DeploymentEntity d, Instant now) {
        Optional<CloudOffer> offer = choose(d);
        if (offer.isEmpty()) {
            return Result.NO_OFFERS;
        }
        CloudOffer o = offer.get();
        Double ceiling = racePriceCeiling(d);
        if (ceiling != null && hourly(d, o) > ceiling + 1e-9) {
            return Result.NO_OFFERS; // the race goes on with the racers it has
        }
        OptionalLong rented = rentAttempt(d, o, now);
        if (rented.isEmpty()) {
            return Result.OFFER_GONE;
        }
        long instanceId = rented.getAsLong();
        d.forgetRequestedOffer();
        provisioning(
                d,
                String.format(
                        "Racer %d of %d ordered: instance %d, %s at $%.3f/h in %s",
                        d.getInstanceAttempts().size(),
                        d.getRaceSize(),
                        instanceId,
                        o.gpuName(),
                        hourly(d, o),
                        o.location()),
                now);
        return Result.ORDERED;
    }

    /**
     * Rents one fresh instance beside a stopped one being woken (see {@link Races#wakeStep}), without changing the
     * deployment's status: the best offer on another machine, under the same attempt's label.
     */
    Result placeBeside(DeploymentEntity d, Instant now) {
        Optional<CloudOffer> offer = choose(d)
                .filter(o -> d.getMachineId() == null || !d.getMachineId().equals(o.machineId()));
        if (offer.isEmpty()) {
            d.note("No other offer to rent a fresh instance beside the restart; waiting for the restart", now);
            return Result.NO_OFFERS;
        }
        CloudOffer o = offer.get();
        OptionalLong rented = rentAttempt(d, o, now);
        if (rented.isEmpty()) {
            return Result.OFFER_GONE;
        }
        long instanceId = rented.getAsLong();
        d.note(
                String.format(
                        Locale.ROOT,
                        "The restart is slow: fresh instance %d ordered beside it (%s at $%.3f/h in %s); it restores"
                                + " the snapshot, and whichever of the two is healthy first is kept",
                        instanceId,
                        o.gpuName(),
                        hourly(d, o),
                        o.location()),
                now);
        return Result.ORDERED;
    }

    /**
     * Rents {@code o} and records the instance as an attempt of the deployment (its own instance, a racer, or a wake's
     * fresh instance beside a restart); empty when the offer was taken first.
     */
    private OptionalLong rentAttempt(DeploymentEntity d, CloudOffer o, Instant now) {
        OptionalLong rented = rent(d, o, now);
        rented.ifPresent(instanceId -> d.startAttempt(
                instanceId, o.id(), o.machineId(), o.gpuName(), o.location(), hourly(d, o), o.storagePerHour(), now));
        return rented;
    }

    /**
     * Sends the create for {@code o} under the attempt's label, having first recorded that an order of this attempt
     * may exist (so a crash before the answer looks the label up instead of ordering twice).
     *
     * @return the new instance's id, or empty when the offer was taken before the create (the picked offer is then
     *     forgotten, and the next pass tries another)
     */
    private OptionalLong rent(DeploymentEntity d, CloudOffer o, Instant now) {
        store.recordOrdering(d.getId(), d.getAttempt());
        d.markOrdered();
        AppAccess.AgentBoot agent = agentBoot(d);
        workspaces.restoreOnLaunch(d, agent.env().get(AgentTokens.ENV_TOKEN), now);
        try {
            return OptionalLong.of(
                    cloud.create(AppAccess.launchOrder(d, o.id(), properties.huggingFaceToken(), agent)));
        } catch (ProviderException e) {
            if (e.kind() != ProviderException.Kind.OFFER_GONE) {
                throw e;
            }
            d.note(
                    "Offer " + o.id() + " (" + o.gpuName() + ") was taken before it could be rented; trying another",
                    now);
            d.forgetRequestedOffer();
            return OptionalLong.empty();
        }
    }

    /** Every instance gets its own agent token; the workspace is the template's first volume. */
    private AppAccess.AgentBoot agentBoot(DeploymentEntity d) {
        List<String> volumes = d.getLaunchSpec().volumes();
        String workspace = volumes == null || volumes.isEmpty() ? DEFAULT_WORKSPACE : volumes.getFirst();
        return new AppAccess.AgentBoot(agents.environment(d.getId(), workspace), agents.scriptUrl());
    }

    /**
     * The offer the user picked while it lasts, else the best compatible offer of the GPU they asked for (or any);
     * either way one that meets the deployment's constraints.
     */
    private Optional<CloudOffer> choose(DeploymentEntity d) {
        OfferConstraints constraints = d.offerConstraints();
        if (d.getRequestedOfferId() != null) {
            Optional<CloudOffer> requested = cloud.offer(d.getRequestedOfferId())
                    .filter(o -> !offers.isBlocked(o) && constraints.admits(o) && meetsBid(d, o));
            if (requested.isPresent()) {
                return requested;
            }
            d.forgetRequestedOffer();
        }
        boolean ranked = d.getStrategy() != ProvisioningStrategy.coldstart;
        java.util.Set<Long> tried = ranked ? d.triedMachines() : java.util.Set.of();
        List<CloudOffer> best = offers
                .compatible(
                        cloud,
                        d.getLaunchSpec(),
                        d.getDiskGb(),
                        d.getRequestedGpuName(),
                        constraints,
                        SPREAD + tried.size() + (d.isInterruptible() ? BID_HEADROOM : 0))
                .stream()
                .filter(o -> !tried.contains(o.machineId()) && meetsBid(d, o))
                .limit(SPREAD)
                .toList();
        if (best.isEmpty()) {
            return Optional.empty();
        }
        if (ranked) {
            return Optional.of(best.getFirst()); // down the ranked list, one machine after another
        }
        // Deploys that arrive together would all race for the one cheapest offer and all but one lose it; picking at
        // random among the few best spreads them at a price within the top few.
        return Optional.of(best.get(ThreadLocalRandom.current().nextInt(best.size())));
    }

    /**
     * The most a racer after the first may cost per hour: the first racer's price plus the spread. Racing dearer hosts
     * would make the GPU kept cost more whenever one of them boots first. Null before the first racer, and when every
     * racer so far was given up: a race with no one left in it takes what the market has rather than fail.
     */
    private Double racePriceCeiling(DeploymentEntity d) {
        if (d.racing().isEmpty() || properties.racePriceSpread() <= 0) {
            return null;
        }
        return d.getInstanceAttempts().stream()
                .findFirst()
                .map(first ->
                        first.pricePerHour() == null ? null : first.pricePerHour() * (1 + properties.racePriceSpread()))
                .orElse(null);
    }

    /**
     * An interruptible deployment rents only offers whose minimum bid its bid meets, or Vast.ai would rent a stopped
     * instance. After an outbid the market has usually moved: this is what keeps the next try from the same fate.
     */
    private static boolean meetsBid(DeploymentEntity d, CloudOffer o) {
        return !d.isInterruptible() || (o.minBid() != null && o.minBid() <= d.getBidPerHour() + 1e-9);
    }

    /** What the instance costs per hour while it runs: the offer's price, or for a bid the bid plus the disk. */
    static double hourly(DeploymentEntity d, CloudOffer o) {
        if (!d.isInterruptible()) {
            return o.pricePerHour();
        }
        return d.getBidPerHour() + (o.storagePerHour() == null ? 0 : o.storagePerHour());
    }

    private static void provisioning(DeploymentEntity d, String message, Instant now) {
        if (d.getStatus() != DeploymentStatus.provisioning) {
            d.moveTo(DeploymentStatus.provisioning, message, now);
        } else {
            d.note(message, now); // RoundRobin's next attempt
        }
    }
}
