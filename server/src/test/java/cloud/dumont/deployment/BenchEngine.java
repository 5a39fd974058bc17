package cloud.dumont.deployment;

import cloud.dumont.DumontApplication;
import cloud.dumont.deployment.internal.Deployments;
import cloud.dumont.deployment.internal.InstanceWatcher;
import cloud.dumont.deployment.internal.ReconcileLoop;
import cloud.dumont.identity.CurrentUser;
import cloud.dumont.provider.ProviderException;
import cloud.dumont.sim.ManualClock;
import cloud.dumont.sim.SimulatorConfig;
import cloud.dumont.sim.VastSimulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application as the benchmarks run it: in-process, on a fresh in-memory H2 and data dir, with the reconcile loop
 * off and one {@link ManualClock} for the engine and a Vast.ai simulator the benchmark configures. The benchmark moves
 * the clock and calls {@link #pass()} where the running loop would have acted.
 */
final class BenchEngine implements AutoCloseable {

    static {
        // The JDK's HttpServer (the simulator's API and apps) writes a response's headers and body apart; with Nagle's
        // algorithm on and the client's delayed ACK that stalls most requests on loopback for up to 40 ms. Read once,
        // when the first server starts; a benchmark's figures are in virtual time, only its wall time changes.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    final ConfigurableApplicationContext context;
    final Deployments deployments;
    final ReconcileLoop loop;
    final InstanceWatcher watcher;
    final VastSimulator sim;
    final ManualClock clock;
    final JdbcTemplate jdbc;
    private final Path dataDir;
    private long sweepNanos;
    private long refreshNanos;
    private long reconcileNanos;
    private long reconciles;

    private BenchEngine(ConfigurableApplicationContext context, Path dataDir) {
        this.context = context;
        this.dataDir = dataDir;
        this.deployments = context.getBean(Deployments.class);
        this.loop = context.getBean(ReconcileLoop.class);
        this.watcher = context.getBean(InstanceWatcher.class);
        this.sim = context.getBean(VastSimulator.class);
        this.clock = context.getBean(ManualClock.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
    }

    /**
     * Starts the application with {@code clock} and a simulator made from {@code simulator} on that clock, both
     * preferred over the application's own.
     *
     * @param name names the database and the temporary data dir
     * @param args further arguments, such as {@code --dumont.*} settings; they win over the defaults here
     */
    static BenchEngine start(String name, ManualClock clock, SimulatorConfig simulator, List<String> args) {
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("dumont-" + name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> all = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:" + name + "-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "--dumont.data-dir=" + dataDir,
                "--dumont.kubernetes.mode=simulated",
                "--dumont.deployments.loop-enabled=false",
                "--dumont.deployments.deploy-wait=0s",
                "--dumont.deployments.max-per-user=100000",
                // Background passes on real time would race the driven clock: these run only when the benchmark asks.
                "--dumont.deployments.orphan-sweep-interval=24h",
                "--dumont.deployments.offer-alert-interval=24h",
                "--dumont.vast.retry.base-delay=1ms",
                "--dumont.vast.simulator.rate-limited=false",
                "--spring.main.banner-mode=off",
                "--logging.level.root=error"));
        for (String arg : args) {
            // A setting given twice would reach Spring as a list ("1m,5m"): the benchmark's replaces the default.
            all.removeIf(
                    a -> a.contains("=") && a.substring(0, a.indexOf('=') + 1).equals(key(arg)));
            all.add(arg);
        }
        ConfigurableApplicationContext context = new SpringApplicationBuilder(DumontApplication.class)
                .initializers(ctx -> {
                    GenericApplicationContext beans = (GenericApplicationContext) ctx;
                    beans.registerBean("benchClock", ManualClock.class, () -> clock, bd -> bd.setPrimary(true));
                    beans.registerBean(
                            "benchSimulator",
                            VastSimulator.class,
                            () -> VastSimulator.start(simulator.withClock(clock)),
                            bd -> {
                                bd.setPrimary(true);
                                bd.setDestroyMethodName("close");
                            });
                })
                .run(all.toArray(String[]::new));
        return new BenchEngine(context, dataDir);
    }

    private static String key(String arg) {
        return arg.contains("=") ? arg.substring(0, arg.indexOf('=') + 1) : arg;
    }

    /** What the running loop does in one instant: look at every instance once, reconcile whatever is due. */
    void pass() {
        long t0 = System.nanoTime();
        sim.refresh();
        refreshNanos += System.nanoTime() - t0;
        try {
            watcher.sweep();
        } catch (ProviderException e) {
            // the loop's watcher skips a failed sweep the same way
        }
        long t1 = System.nanoTime();
        int n;
        for (int i = 0; i < 20 && (n = loop.reconcileDueNow()) > 0; i++) {
            // a pass may requeue a deployment for this same instant (an offer gone, a racer won)
            reconciles += n;
        }
        sweepNanos += t1 - t0;
        reconcileNanos += System.nanoTime() - t1;
    }

    /** Where the passes' time went so far, for a benchmark's printout. */
    String passTimes() {
        return String.format(
                java.util.Locale.ROOT,
                "%.0f s in all, sweeps %.0f s (refresh %.0f s), %d reconciles %.0f s",
                (sweepNanos + reconcileNanos) / 1e9,
                sweepNanos / 1e9,
                refreshNanos / 1e9,
                reconciles,
                reconcileNanos / 1e9);
    }

    CurrentUser newUser(String displayName) {
        UUID id = UUID.randomUUID();
        jdbc.update(
                "insert into users (id, email, password_hash, display_name, role, created_at) values (?, ?, 'x', ?,"
                        + " 'USER', current_timestamp)",
                id,
                id + "@bench.local",
                displayName);
        return new CurrentUser(id, false);
    }

    String property(String name) {
        return context.getEnvironment().getProperty(name);
    }

    long liveInstances() {
        return sim.instances().stream().filter(i -> !i.destroyed()).count();
    }

    @Override
    public void close() {
        context.close();
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary dir left behind is harmless
        }
    }

    static String loadAverage() {
        try {
            return String.join(
                    " ",
                    List.of(Files.readString(Path.of("/proc/loadavg")).split(" "))
                            .subList(0, 3));
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
