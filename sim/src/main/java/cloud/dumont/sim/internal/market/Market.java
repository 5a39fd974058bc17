package cloud.dumont.sim.internal.market;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * The offers for rent right now. Renting takes an offer off the market and destroying the
 * instance puts it back (the machine is free again, under the same ask id). Churn withdraws a
 * share of the listed offers and lists as many new ones, as hosts come and go. Not thread-safe:
 * the simulator serialises access.
 */
public final class Market {

    private final MarketGenerator generator;
    private final BidDemand demand;
    private final SplittableRandom churnRandom;
    private final Map<Long, MarketOffer> listed = new LinkedHashMap<>();
    private final Map<Long, MarketOffer> rented = new HashMap<>();
    private final Duration churnInterval;
    private final double churnFraction;
    private Instant lastChurn;

    public Market(long seed, int size, Duration churnInterval, double churnFraction, Instant now) {
        this.generator = new MarketGenerator(seed);
        this.demand = new BidDemand(seed);
        this.churnRandom = new SplittableRandom(seed ^ 0x5DEECE66DL);
        this.churnInterval = churnInterval;
        this.churnFraction = churnFraction;
        this.lastChurn = now;
        for (int i = 0; i < size; i++) {
            add(generator.next(now));
        }
    }

    /**
     * The offer with the minimum bid the market asks at {@code at}: the listed bid times the model's demand, never
     * above 90 % of the on-demand price (an interruptible instance that costs as much as an on-demand one would find
     * no renter).
     */
    public MarketOffer pricedAt(MarketOffer offer, Instant at) {
        double bid = offer.minBid() * demand.factor(offer.gpu(), at);
        return offer.withMinBid(Weighted.round(Math.min(bid, offer.dphBase() * 0.9), 4));
    }

    public List<MarketOffer> listed() {
        return List.copyOf(listed.values());
    }

    public Optional<MarketOffer> find(long id) {
        return Optional.ofNullable(listed.get(id));
    }

    /**
     * The minimum bid for an offer at {@code at}, listed or rented: what an interruptible instance on it must pay to
     * keep running.
     */
    public Optional<Double> minBidAt(long id, Instant at) {
        MarketOffer offer = listed.containsKey(id) ? listed.get(id) : rented.get(id);
        return Optional.ofNullable(offer).map(o -> pricedAt(o, at).minBid());
    }

    /** Rents the offer: it leaves the market until {@link #release(long)}. */
    public Optional<MarketOffer> take(long id) {
        MarketOffer offer = listed.remove(id);
        if (offer != null) {
            rented.put(id, offer);
        }
        return Optional.ofNullable(offer);
    }

    /** The renter destroyed its instance: the machine is listed again. */
    public void release(long id) {
        MarketOffer offer = rented.remove(id);
        if (offer != null) {
            listed.put(id, offer);
        }
    }

    public MarketOffer list(GpuModel gpu, int numGpus, Instant now) {
        return add(generator.next(gpu, numGpus, now));
    }

    public int withdraw(Predicate<MarketOffer> which) {
        int removed = 0;
        for (Iterator<MarketOffer> it = listed.values().iterator(); it.hasNext(); ) {
            if (which.test(it.next())) {
                it.remove();
                removed++;
            }
        }
        return removed;
    }

    /** Applies the churn steps that simulated time has reached. */
    public void churnUpTo(Instant now) {
        if (churnInterval == null || churnInterval.isZero() || churnInterval.isNegative()) {
            return;
        }
        while (!lastChurn.plus(churnInterval).isAfter(now)) {
            lastChurn = lastChurn.plus(churnInterval);
            churn(lastChurn);
        }
    }

    /** One churn step: some hosts delist, as many new offers appear. */
    public void churn(Instant now) {
        int count = (int) Math.max(1, Math.round(listed.size() * churnFraction));
        List<Long> ids = new ArrayList<>(listed.keySet());
        for (int i = 0; i < count && !ids.isEmpty(); i++) {
            listed.remove(ids.remove(churnRandom.nextInt(ids.size())));
        }
        for (int i = 0; i < count; i++) {
            add(generator.next(now));
        }
    }

    private MarketOffer add(MarketOffer offer) {
        listed.put(offer.id(), offer);
        return offer;
    }
}
