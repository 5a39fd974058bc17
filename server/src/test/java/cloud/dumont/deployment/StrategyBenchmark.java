package cloud.dumont.deployment;

import cloud.dumont.DumontApplication;
import cloud.dumont.api.deployment.DeployRequest;
import cloud.dumont.api.deployment.DeploymentResponse;
import cloud.dumont.api.deployment.ProvisioningStrategy;
import cloud.dumont.deployment.internal.Deployments;
import cloud.dumont.deployment.internal.InstanceWatcher;
import cloud.dumont.deployment.internal.ReconcileLoop;
import cloud.dumont.identity.CurrentUser;
import cloud.dumont.provider.ProviderException;
import cloud.dumont.sim.BootFailure;
import cloud.dumont.sim.BootTimes;
import cloud.dumont.sim.ManualClock;
import cloud.dumont.sim.RateLimit;
import cloud.dumont.sim.SimulatorConfig;
import cloud.dumont.sim.VastSimulator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

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
            Map<String, String> named = new HashMap<>();
            List<String> spring = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                if (args[i].startsWith("--dumont.")) {
                    spring.add(args[i]);
                } else if (args[i].startsWith("--") && i + 1 < args.length) {
                    named.put(args[i].substring(2), args[++i]);
                } else {
                    throw new IllegalArgumentException("unknown argument " + args[i]);
                }
            }
            return new Settings(
                    Integer.parseInt(named.getOrDefault("deploys", "300")),
                    Long.parseLong(named.getOrDefault("seed", "42")),
                    List.of(named.getOrDefault("strategies", "coldstart,roundrobin,race:3")
                            .split(",")),
                    Duration.ofSeconds(Long.parseLong(named.getOrDefault("interval", "6"))),
                    Integer.parseInt(named.getOrDefault("retries", "3")),
                    Integer.parseInt(named.getOrDefault("offers", "1000")),
                    Double.parseDouble(named.getOrDefault("boot-sigma", "0.6")),
                    List.copyOf(spring));
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
                loadAverage(),
                Runtime.version());
    }

    private List<StrategyTally> run(String spec) {
        String[] parts = spec.split(":");
        ProvisioningStrategy strategy = ProvisioningStrategy.valueOf(parts[0]);
        Integer raceSize = parts.length > 1 ? Integer.valueOf(parts[1]) : null;
        long wallStart = System.nanoTime();
        try (ConfigurableApplicationContext context = start()) {
            Drive drive = new Drive(context, strategy, raceSize);
            drive.all();
            String engine = engineSettings(context);
            double wallSeconds = (System.nanoTime() - wallStart) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "%-10s done in %.0f s of wall time (%.0f min virtual); %s; instances left running: %d%n",
                    spec,
                    wallSeconds,
                    drive.virtualMinutes(),
                    engine,
                    drive.leftRunning());
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

    private ConfigurableApplicationContext start() {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:strategy-bench-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "--dumont.data-dir=" + System.getProperty("java.io.tmpdir") + "/dumont-strategy-bench",
                "--dumont.kubernetes.mode=simulated",
                "--dumont.deployments.loop-enabled=false",
                "--dumont.deployments.deploy-wait=0s",
                "--dumont.deployments.max-per-user=100000",
                // Background passes on real time would race the driven clock: these run only when this class asks.
                "--dumont.deployments.orphan-sweep-interval=24h",
                "--dumont.deployments.offer-alert-interval=24h",
                "--dumont.vast.retry.base-delay=1ms",
                "--dumont.vast.simulator.rate-limited=false",
                "--spring.main.banner-mode=off",
                "--logging.level.root=error"));
        args.addAll(settings.springArgs());
        ConfigurableApplicationContext context = new SpringApplicationBuilder(DumontApplication.class)
                .sources(BenchBeans.class)
                .properties(Map.of(
                        "strategy-bench.seed", settings.seed(),
                        "strategy-bench.offers", settings.offers(),
                        "strategy-bench.boot-sigma", settings.bootSigma()))
                .run(args.toArray(String[]::new));
        VastSimulator sim = context.getBean(VastSimulator.class);
        sim.failures()
                // Conditional shares, since the first rule that draws wins: 5 % of all instances each.
                .withProbability(0.05, BootFailure.neverBoots())
                .withProbability(0.05 / 0.95, BootFailure.exits())
                .withProbability(0.05 / 0.90, BootFailure.stuckLoading())
                .withProbability(0.05 / 0.85, BootFailure.ociError())
                .takeOffersWithProbability(OFFER_TAKEN_SHARE);
        return context;
    }

    private static String engineSettings(ConfigurableApplicationContext context) {
        var env = context.getEnvironment();
        return "engine: attempt-deadline " + env.getProperty("dumont.deployments.attempt-deadline")
                + ", race-stagger " + env.getProperty("dumont.deployments.race-stagger")
                + ", provisioning-timeout " + env.getProperty("dumont.deployments.provisioning-timeout")
                + ", poll " + env.getProperty("dumont.deployments.poll-interval")
                + ", health backoff cap " + env.getProperty("dumont.deployments.health-backoff-cap");
    }

    private static String loadAverage() {
        try {
            return String.join(
                    " ",
                    List.of(java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                                    .split(" "))
                            .subList(0, 3));
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** The benchmark's simulator and clock, preferred over the application's own. */
    static class BenchBeans {

        @Bean
        @Primary
        ManualClock benchClock() {
            return ManualClock.startingAt2026();
        }

        @Bean(destroyMethod = "close")
        @Primary
        VastSimulator benchSimulator(
                ManualClock clock,
                @org.springframework.beans.factory.annotation.Value("${strategy-bench.seed}") long seed,
                @org.springframework.beans.factory.annotation.Value("${strategy-bench.offers}") int offers,
                @org.springframework.beans.factory.annotation.Value("${strategy-bench.boot-sigma}") double sigma) {
            return VastSimulator.start(SimulatorConfig.defaults()
                    .withClock(clock)
                    .withSeed(seed)
                    .withOfferCount(offers)
                    .withBootTimes(
                            BootTimes.logNormal(BOOT_MEDIAN, sigma, Duration.ofSeconds(15), Duration.ofMinutes(20)))
                    .withRateLimit(RateLimit.unlimited()));
        }
    }

    /** One strategy's run: the arrivals, the clock, and what each deployment came to. */
    private final class Drive {

        private final ProvisioningStrategy strategy;
        private final Integer raceSize;
        private final Deployments deployments;
        private final ReconcileLoop loop;
        private final InstanceWatcher watcher;
        private final VastSimulator sim;
        private final ManualClock clock;
        private final JdbcTemplate jdbc;
        private final CurrentUser user;
        private final Instant began;
        private final Map<UUID, StrategyTally.Followed> open = new LinkedHashMap<>();
        private final List<StrategyTally.Followed> results = new ArrayList<>();

        Drive(ConfigurableApplicationContext context, ProvisioningStrategy strategy, Integer raceSize) {
            this.strategy = strategy;
            this.raceSize = raceSize;
            this.deployments = context.getBean(Deployments.class);
            this.loop = context.getBean(ReconcileLoop.class);
            this.watcher = context.getBean(InstanceWatcher.class);
            this.sim = context.getBean(VastSimulator.class);
            this.clock = context.getBean(ManualClock.class);
            this.jdbc = context.getBean(JdbcTemplate.class);
            this.user = newUser();
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
                pass();
                settle();
                clock.advance(STEP);
            }
            for (int i = 0; i < 30; i++) { // let the last destroys reach the provider
                pass();
                clock.advance(STEP);
            }
        }

        private void deploy() {
            DeploymentResponse d = deployments.deploy(
                    user, SLUG, new DeployRequest(null, null, null, Map.of(), null, strategy, raceSize));
            open.put(d.id(), new StrategyTally.Followed(d.id(), clock.instant()));
        }

        /** What the running loop does in one instant: look at every instance once, reconcile whatever is due. */
        private void pass() {
            sim.refresh();
            try {
                watcher.sweep();
            } catch (ProviderException e) {
                // the loop's watcher skips a failed sweep the same way
            }
            for (int i = 0; i < 20 && loop.reconcileDueNow() > 0; i++) {
                // a pass may requeue a deployment for this same instant (an offer gone, a racer won)
            }
        }

        /** Records every followed deployment that has come to an end, and destroys it. */
        private void settle() {
            Instant now = clock.instant();
            Map<UUID, String> ended = new HashMap<>();
            jdbc.query("select id, status from deployments where status in ('running', 'failed', 'unhealthy')", row -> {
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

        private CurrentUser newUser() {
            UUID id = UUID.randomUUID();
            jdbc.update(
                    "insert into users (id, email, password_hash, display_name, role, created_at) values (?, ?, 'x',"
                            + " 'Bench', 'USER', current_timestamp)",
                    id,
                    id + "@bench.local");
            return new CurrentUser(id, false);
        }

        List<StrategyTally.Followed> results() {
            return results;
        }

        double virtualMinutes() {
            return Duration.between(began, clock.instant()).toSeconds() / 60.0;
        }

        long leftRunning() {
            return sim.instances().stream().filter(i -> !i.destroyed()).count();
        }
    }
}
