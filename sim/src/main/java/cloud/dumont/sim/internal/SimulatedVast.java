package cloud.dumont.sim.internal;

import cloud.dumont.sim.BootFailure;
import cloud.dumont.sim.FailurePlan;
import cloud.dumont.sim.SimulatorConfig;
import cloud.dumont.sim.internal.apps.InstanceApps;
import cloud.dumont.sim.internal.instance.InstanceJson;
import cloud.dumont.sim.internal.instance.Instances;
import cloud.dumont.sim.internal.instance.LaunchSpec;
import cloud.dumont.sim.internal.instance.SimulatedInstance;
import cloud.dumont.sim.internal.market.Market;
import cloud.dumont.sim.internal.market.MarketOffer;
import cloud.dumont.sim.internal.market.OfferJson;
import cloud.dumont.sim.internal.market.OfferQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The simulated cloud: market, instances and failure plan behind one lock. Every operation first
 * applies what simulated time has done (churn, instances coming up), so answers always reflect
 * the clock of the moment.
 */
public final class SimulatedVast {

    private static final BootFailure.Kind[] RANDOM_FAILURES = BootFailure.Kind.values();

    private final SimulatorConfig config;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Market market;
    private final Instances instances;
    private final FailurePlan failures = new FailurePlan();
    private final SplittableRandom failureRandom;
    private final SplittableRandom apiRandom;
    private final SplittableRandom takenRandom;

    public SimulatedVast(SimulatorConfig config, ExecutorService executor) {
        this.config = config;
        this.clock = config.clock();
        Instant now = clock.instant();
        this.market =
                new Market(config.seed(), config.offerCount(), config.churnInterval(), config.churnFraction(), now);
        this.instances = new Instances(
                config.seed(),
                config.bootTimes(),
                new InstanceApps(executor),
                executor,
                config.agentHeartbeatInterval());
        this.failureRandom = new SplittableRandom(config.seed() * 7 + 3);
        this.apiRandom = new SplittableRandom(config.seed() * 13 + 5);
        // A source of its own, so that planning taken offers does not shift the other seeded draws.
        this.takenRandom = new SplittableRandom(config.seed() * 17 + 11);
    }

    public FailurePlan failures() {
        return failures;
    }

    public SimulatorConfig config() {
        return config;
    }

    public Instant now() {
        return clock.instant();
    }

    /** Applies churn and boot progress up to now; the refresher calls it between API calls. */
    public void refresh() {
        locked(() -> null);
    }

    /** Runs {@code work} under the lock, after bringing the world up to the current time. */
    public <T> T locked(Supplier<T> work) {
        lock.lock();
        try {
            Instant now = clock.instant();
            market.churnUpTo(now);
            stopOutbid(now);
            instances.refresh(now);
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Vast.ai stops an interruptible instance whose bid has fallen under the offer's minimum bid (someone bid more);
     * it stays stopped, with its disk, until the bid is raised or it is destroyed.
     */
    private void stopOutbid(Instant now) {
        for (SimulatedInstance instance : instances.live()) {
            Double bid = instance.spec().price();
            if (bid == null || !instance.wantRunning()) {
                continue;
            }
            double minBid = market.minBidAt(instance.offer().id(), now).orElse(0.0);
            if (bid < minBid) {
                outbid(instance, "the minimum bid rose to $" + minBid + "/h", now);
            }
        }
    }

    /** Stops an interruptible instance as a higher bid would: the test hook and the market's own demand use it. */
    public void outbid(long id) {
        locked(() -> {
            SimulatedInstance instance = instances.find(id).orElseThrow(() -> VastError.noSuchInstance(id));
            if (instance.spec().price() == null) {
                throw new IllegalArgumentException("instance " + id + " is on-demand: only a bid can be outbid");
            }
            outbid(instance, "a higher bid took the GPU", clock.instant());
            return null;
        });
    }

    private void outbid(SimulatedInstance instance, String why, Instant now) {
        instances.stop(instance, now);
        instance.note(now, "outbid: " + why);
    }

    public List<Map<String, Object>> search(OfferQuery query) {
        return locked(() -> {
            Instant at = clock.instant();
            double now = epochSeconds(at);
            List<Map<String, Object>> rows = market.listed().stream()
                    .map(o -> market.pricedAt(o, at))
                    .map(o -> OfferJson.render(o, query.allocatedStorage(), query.bid(), config.publicHost(), now))
                    .toList();
            return query.select(rows);
        });
    }

    /** Rents the offer; throws {@link VastError} the way Vast.ai refuses a create. */
    public SimulatedInstance create(long offerId, LaunchSpec spec) {
        return locked(() -> {
            MarketOffer offer = market.find(offerId)
                    .map(o -> market.pricedAt(o, clock.instant()))
                    .orElseThrow(() -> noSuchAsk(offerId));
            if (failures.offerTakenBeforeCreate(takenRandom)) {
                market.withdraw(o -> o.id() == offerId);
                throw noSuchAsk(offerId);
            }
            if (spec.diskGb() > offer.machine().diskSpaceGb()) {
                throw VastError.invalidArgs("disk " + spec.diskGb() + " GB exceeds the offer's "
                        + offer.machine().diskSpaceGb() + " GB");
            }
            boolean lowBid = spec.price() != null && spec.price() < offer.minBid();
            BootFailure failure = bootFailure(offer);
            market.take(offerId);
            Instant now = clock.instant();
            SimulatedInstance instance = instances.create(offer, spec, failure, now, spec.startStopped() || lowBid);
            if (lowBid) {
                // Vast.ai creates the instance stopped and still names it: the caller must destroy it.
                throw new VastError(
                        400,
                        "invalid_price",
                        "bid $" + spec.price() + "/h is below the offer's minimum bid $" + offer.minBid()
                                + "/h; the instance was created stopped",
                        Map.of("new_contract", instance.id(), "ask_id", offerId));
            }
            return instance;
        });
    }

    private static VastError noSuchAsk(long offerId) {
        return new VastError(
                404,
                "invalid_args",
                "error 404/3603: no_such_ask Instance type by id " + offerId + " is not available.",
                Map.of("ask_id", offerId));
    }

    private BootFailure bootFailure(MarketOffer offer) {
        Optional<BootFailure> planned =
                failures.bootFailureFor(offer.id(), offer.machine().machineId(), failureRandom);
        double roll = failureRandom.nextDouble();
        BootFailure.Kind kind = RANDOM_FAILURES[failureRandom.nextInt(RANDOM_FAILURES.length)];
        if (planned.isPresent()) {
            return planned.get();
        }
        if (roll < config.bootFailureRate()) {
            return switch (kind) {
                case NEVER_BOOTS -> BootFailure.neverBoots();
                case STUCK_LOADING -> BootFailure.stuckLoading();
                case OCI_ERROR -> BootFailure.ociError();
                case EXITS -> BootFailure.exits();
                case OFFLINE -> BootFailure.offline();
                case APP_NEVER_ANSWERS -> BootFailure.appNeverAnswers();
            };
        }
        return null;
    }

    public Optional<Map<String, Object>> show(long id) {
        return locked(() -> instances.find(id).map(this::render));
    }

    public List<Map<String, Object>> list() {
        return locked(() -> instances.live().stream().map(this::render).toList());
    }

    public void changeState(long id, String state) {
        locked(() -> {
            SimulatedInstance instance = instances.find(id).orElseThrow(() -> VastError.noSuchInstance(id));
            switch (state) {
                case "running" -> instances.start(instance, clock.instant());
                case "stopped" -> instances.stop(instance, clock.instant());
                default -> throw VastError.invalidArgs("state must be running or stopped, not " + state);
            }
            return null;
        });
    }

    public void reboot(long id) {
        locked(() -> {
            SimulatedInstance instance = instances.find(id).orElseThrow(() -> VastError.noSuchInstance(id));
            instances.stop(instance, clock.instant());
            instances.start(instance, clock.instant());
            return null;
        });
    }

    public void label(long id, String label) {
        locked(() -> {
            SimulatedInstance instance = instances.find(id).orElseThrow(() -> VastError.noSuchInstance(id));
            instances.label(instance, label);
            return null;
        });
    }

    public void destroy(long id) {
        locked(() -> {
            SimulatedInstance instance =
                    instances.find(id).orElseThrow(() -> new VastError(404, "not_found", "Instance not found"));
            instances.destroy(instance, clock.instant());
            market.release(instance.offer().id());
            return null;
        });
    }

    public double creditLeft() {
        return locked(() -> {
            Instant now = clock.instant();
            double spent = instances.everyInstance().stream()
                    .mapToDouble(i -> i.costSoFar(now))
                    .sum();
            return config.startingCredit() - spent;
        });
    }

    /** Direct access for the simulator's test hooks; the caller gets the lock and fresh state. */
    public <T> T withWorld(WorldWork<T> work) {
        return locked(() -> work.apply(market, instances, clock.instant()));
    }

    public SplittableRandom apiRandom() {
        return apiRandom;
    }

    public void shutdown() {
        lock.lock();
        try {
            instances.destroyAll(clock.instant());
        } finally {
            lock.unlock();
        }
    }

    private Map<String, Object> render(SimulatedInstance instance) {
        return InstanceJson.render(instance, clock.instant(), config.publicHost());
    }

    private static double epochSeconds(Instant instant) {
        return instant.getEpochSecond() + instant.getNano() / 1e9;
    }

    /** Work on the market and instances under the simulator's lock. */
    @FunctionalInterface
    public interface WorldWork<T> {
        T apply(Market market, Instances instances, Instant now);
    }
}
