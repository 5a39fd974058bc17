package cloud.dumont.deployment;

import cloud.dumont.api.deployment.DeployRequest;
import cloud.dumont.api.deployment.DeploymentResponse;
import cloud.dumont.api.deployment.ProvisioningStrategy;
import cloud.dumont.deployment.internal.Deployments;
import cloud.dumont.identity.CurrentUser;
import cloud.dumont.sim.BootFailure;
import cloud.dumont.sim.BootTimes;
import cloud.dumont.sim.ManualClock;
import cloud.dumont.sim.RateLimit;
import cloud.dumont.sim.SimulatorConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The provisioning strategies in a hard simulated market, run by {@code bench/strategies.sh}; a benchmark that prints
 * figures, not a test. For each strategy it starts the application (engine and in-process Vast.ai simulator on one
 * {@link ManualClock}, reconcile loop off), deploys a template N times at a fixed virtual interval, and drives virtual
 * time in one-second steps: each step refreshes the simulator, lists the instances once (what the loop's watcher does)
 * and reconciles every deployment that is due, until nothing is due at that instant. A deployment is followed until it
 * runs (its app passed the health check), fails for good, or {@link #FOLLOW_AT_MOST} has passed; then it is destroyed.
 * See {@link StrategyTally} for what is measured and bench/README.md for how to read it.
 *
 * <p>Arguments (all optional): {@code --deploys N} per strategy (300), {@code --seed N} (42), {@code --strategies
 * coldstart,roundrobin,race:3}, {@code --interval SECONDS} between deploy requests (6), {@code --retries N} manual
 * retries of a failed Coldstart within five minutes (3), {@code --offers N} on the market (1000), {@code --boot-sigma
 * S} of the log-normal boot time (0.6); any {@code --dumont.*=value} is handed to the application (engine settings
 * such as {@code --dumont.deployments.race-stagger=2s}).
 */
public final class StrategyBenchmark {

    static final Duration FIVE_MINUTES = Duration.ofMinutes(5);
    static final Duration FOLLOW_AT_MOST = Duration.ofMinutes(20);
    private static final Duration STEP = Duration.ofSeconds(1);
    private static final String SLUG = "jupyter-lab";

    /** The hard market: four ways a host never runs, 5 % each, and one offer in ten taken before its create. */
    static final double DEAD_HOST_SHARE = 0.20;

    static final double OFFER_TAKEN_SHARE = 0.10;
    static final Duration BOOT_MEDIAN = Duration.ofSeconds(60);

    private final Settings settings;

    private StrategyBenchmark(Settings settings) {
        this.settings = settings;
    }

    record Settings(
            int deploys,
            long seed,
            List<String> strategies,
            Duration interval,
            int retries,
            int offers,
            double bootSigma,
            List<String> springArgs) {

        static Settings parse(String[] args) {
            BenchArgs a = BenchArgs.parse(args);
            return new Settings(
                    a.getInt("deploys", 300),
                    a.getLong("seed", 42),
                    List.of(a.get("strategies", "coldstart,roundrobin,race:3").split(",")),
                    Duration.ofSeconds(a.getLong("interval", 6)),
                    a.getInt("retries", 3),
                    a.getInt("offers", 1000),
                    a.getDouble("boot-sigma", 0.6),
                    a.springArgs());
        }
    }

    public static void main(String[] args) {
        Settings settings = Settings.parse(args);
        StrategyBenchmark bench = new StrategyBenchmark(settings);
        bench.printSetUp();
        List<StrategyTally> tallies = new ArrayList<>();
        for (String spec : settings.strategies()) {
            tallies.addAll(bench.run(spec));
        }
        StrategyTally.printTable(tallies);
        StrategyTally.printVerdict(tallies);
        System.exit(0); // the simulator's and Spring's non-daemon threads are gone, but be sure
    }

    private void printSetUp() {
        System.out.printf(
                Locale.ROOT,
                "Strategy benchmark: %d deploys of %s per strategy, one every %d s of virtual time; seed %d%n",
                settings.deploys(),
                SLUG,
                settings.interval().toSeconds(),
                settings.seed());
        System.out.printf(
                Locale.ROOT,
                "Market: %d offers (churn 2 %%/min); boot time log-normal, median %d s, sigma %.2f (p95 %.0f s, p99"
                        + " %.0f s), clamped to [15 s, 20 min]%n",
                settings.offers(),
                BOOT_MEDIAN.toSeconds(),
                settings.bootSigma(),
                BOOT_MEDIAN.toSeconds() * Math.exp(1.645 * settings.bootSigma()),
                BOOT_MEDIAN.toSeconds() * Math.exp(2.326 * settings.bootSigma()));
        System.out.printf(
                Locale.ROOT,
                "Dead hosts: %.0f %% of instances rented, drawn per instance (5 %% each: never boots, exits, stuck"
                        + " loading, OCI error); offers taken between search and create: %.0f %% of creates%n",
                DEAD_HOST_SHARE * 100,
                OFFER_TAKEN_SHARE * 100);
        System.out.printf(
                Locale.ROOT,
                "Machine: %d CPUs, load average %s; Java %s%n",
                Runtime.getRuntime().availableProcessors(),
                BenchEngine.loadAverage(),
                Runtime.version());
    }

    private List<StrategyTally> run(String spec) {
        String[] parts = spec.split(":");
        ProvisioningStrategy strategy = ProvisioningStrategy.valueOf(parts[0]);
        Integer raceSize = parts.length > 1 ? Integer.valueOf(parts[1]) : null;
        long wallStart = System.nanoTime();
        try (BenchEngine engine = start()) {
            Drive drive = new Drive(engine, strategy, raceSize);
            drive.all();
            String settingsUsed = engineSettings(engine);
            double wallSeconds = (System.nanoTime() - wallStart) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "%-10s done in %.0f s of wall time (%.0f min virtual); %s; instances left running: %d%n",
                    spec,
                    wallSeconds,
                    drive.virtualMinutes(),
                    settingsUsed,
                    engine.liveInstances());
            String name =
                    strategy == ProvisioningStrategy.race ? "race x" + (raceSize == null ? 3 : raceSize) : parts[0];
            List<StrategyTally> tallies = new ArrayList<>();
            if (strategy == ProvisioningStrategy.coldstart) {
                tallies.add(new StrategyTally(name + " (first try)", drive.results(), true));
                if (settings.retries() > 0) {
                    tallies.add(new StrategyTally(
                            name + " + <=" + settings.retries() + " retries", drive.results(), false));
                }
            } else {
                tallies.add(new StrategyTally(name, drive.results(), false));
            }
            return tallies;
        }
    }

    private BenchEngine start() {
        SimulatorConfig market = SimulatorConfig.defaults()
                .withSeed(settings.seed())
                .withOfferCount(settings.offers())
                .withBootTimes(BootTimes.logNormal(
                        BOOT_MEDIAN, settings.bootSigma(), Duration.ofSeconds(15), Duration.ofMinutes(20)))
                .withRateLimit(RateLimit.unlimited());
        BenchEngine engine =
                BenchEngine.start("strategy-bench", ManualClock.startingAt2026(), market, settings.springArgs());
        engine.sim
                .failures()
                // Conditional shares, since the first rule that draws wins: 5 % of all instances each.
                .withProbability(0.05, BootFailure.neverBoots())
                .withProbability(0.05 / 0.95, BootFailure.exits())
                .withProbability(0.05 / 0.90, BootFailure.stuckLoading())
                .withProbability(0.05 / 0.85, BootFailure.ociError())
                .takeOffersWithProbability(OFFER_TAKEN_SHARE);
        return engine;
    }

    private static String engineSettings(BenchEngine engine) {
        return "engine: attempt-deadline " + engine.property("dumont.deployments.attempt-deadline")
                + ", race-stagger " + engine.property("dumont.deployments.race-stagger")
                + ", provisioning-timeout " + engine.property("dumont.deployments.provisioning-timeout")
                + ", poll " + engine.property("dumont.deployments.poll-interval")
                + ", health backoff cap " + engine.property("dumont.deployments.health-backoff-cap");
    }

    /** One strategy's run: the arrivals, the clock, and what each deployment came to. */
    private final class Drive {

        private final ProvisioningStrategy strategy;
        private final Integer raceSize;
        private final BenchEngine engine;
        private final Deployments deployments;
        private final ManualClock clock;
        private final CurrentUser user;
        private final Instant began;
        private final Map<UUID, StrategyTally.Followed> open = new LinkedHashMap<>();
        private final List<StrategyTally.Followed> results = new ArrayList<>();

        Drive(BenchEngine engine, ProvisioningStrategy strategy, Integer raceSize) {
            this.strategy = strategy;
            this.raceSize = raceSize;
            this.engine = engine;
            this.deployments = engine.deployments;
            this.clock = engine.clock;
            this.user = engine.newUser("Bench");
            this.began = clock.instant();
        }

        void all() {
            int requested = 0;
            Instant nextArrival = clock.instant();
            while (requested < settings.deploys() || !open.isEmpty()) {
                while (requested < settings.deploys() && !clock.instant().isBefore(nextArrival)) {
                    deploy();
                    requested++;
                    nextArrival = nextArrival.plus(settings.interval());
                }
                engine.pass();
                settle();
                clock.advance(STEP);
            }
            for (int i = 0; i < 30; i++) { // let the last destroys reach the provider
                engine.pass();
                clock.advance(STEP);
            }
        }

        private void deploy() {
            DeploymentResponse d = deployments.deploy(
                    user, SLUG, new DeployRequest(null, null, null, Map.of(), null, strategy, raceSize));
            open.put(d.id(), new StrategyTally.Followed(d.id(), clock.instant()));
        }

        /** Records every followed deployment that has come to an end, and destroys it. */
        private void settle() {
            Instant now = clock.instant();
            Map<UUID, String> ended = new HashMap<>();
            engine.jdbc.query(
                    "select id, status from deployments where status in ('running', 'failed', 'unhealthy')", row -> {
                        ended.put(row.getObject("id", UUID.class), row.getString("status"));
                    });
            for (StrategyTally.Followed f : List.copyOf(open.values())) {
                String status = ended.get(f.id());
                boolean overdue = Duration.between(f.requestedAt(), now).compareTo(FOLLOW_AT_MOST) >= 0;
                if (status == null && !overdue) {
                    continue;
                }
                DeploymentResponse d = deployments.get(user, f.id());
                if ("running".equals(status)) {
                    f.ready(d, now);
                } else if ("failed".equals(status) && retryable(f, now)) {
                    f.failedOnce(d, now);
                    deployments.retry(user, f.id());
                    continue;
                } else {
                    f.notReady(d, now);
                }
                open.remove(f.id());
                results.add(f);
                if (!"failed".equals(status)) {
                    deployments.destroy(user, f.id());
                }
            }
        }

        /** A user watching a failed Coldstart retries at once, a few times, while the five minutes last. */
        private boolean retryable(StrategyTally.Followed f, Instant now) {
            return strategy == ProvisioningStrategy.coldstart
                    && f.retries() < settings.retries()
                    && Duration.between(f.requestedAt(), now).compareTo(FIVE_MINUTES) < 0;
        }

        List<StrategyTally.Followed> results() {
            return results;
        }

        double virtualMinutes() {
            return Duration.between(began, clock.instant()).toSeconds() / 60.0;
        }
    }
}
