package cloud.dumont.deployment;

import cloud.dumont.deployment.internal.HibernationCommands;
import cloud.dumont.sim.BootTimes;
import cloud.dumont.sim.ManualClock;
import cloud.dumont.sim.RateLimit;
import cloud.dumont.sim.SimulatorConfig;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.dao.DataAccessException;

/**
 * A simulated week of users with JupyterLab deployments, with auto-hibernation on and off, run by {@code
 * bench/hibernation.sh}; a benchmark that prints figures, not a test. For each mode it starts the application (engine
 * and in-process Vast.ai simulator on one {@link ManualClock}, reconcile loop off) and plays the same {@link UsageWeek}:
 * the users deploy, work in bursts, go idle, wake their deployments and check their workspaces ({@link WeekUser}). Time
 * jumps from one thing to do to the next: a user's arrival or departure, a deployment falling due, an agent heartbeat.
 * While a deployment moves (boots, wakes, stops) the engine's passes come when it asks, a second apart at least (the
 * loop's instance watcher would notice a boot within one); otherwise they are at least {@code --quantum} apart. See {@link HibernationTally} for what is measured and bench/README.md for
 * how to read it.
 *
 * <p>Arguments (all optional): {@code --users N} (50), {@code --days N} (7), {@code --seed N} (42), {@code --modes
 * on,off} (also {@code manual}), {@code --forget SHARE} of users who forget their machine for days (0.2), {@code
 * --gpu-taken-per-hour H}, the hazard that a stopped instance's GPU is rented by someone else (0.03), {@code
 * --heartbeat SECONDS}, an agent's heartbeat interval (30; see {@link AgentHeartbeats}), {@code --heartbeat-running
 * SECONDS} between heartbeats of every running instance with an agent (0: none), {@code --quantum
 * SECONDS} (10); any {@code --dumont.*=value} is handed to the application.
 */
public final class HibernationBenchmark {

    private static final Duration BOOT_MEDIAN = Duration.ofSeconds(60);
    private static final double BOOT_SIGMA = 0.6;

    /** How often the product checks a running deployment ({@code running-check-interval} in application.yaml). */
    static final Duration PRODUCT_RUNNING_CHECK = Duration.ofSeconds(15);

    /**
     * How often a running deployment is checked, per mode, instead of every 15 s: the engine's passes are most of a
     * run's time, and running checks most of the passes. With hibernation on, a check is where idleness is first seen
     * (the idle window starts there), so 2 min lets a deployment hibernate 52.5 s later on average than 15 s would;
     * the printout estimates what that costs. With it off nothing a check finds changes a figure here (the GPU is billed
     * from the provider's running state, no app fails), so those modes check every 10 minutes.
     */
    private static String runningCheck(WeekUser.Mode mode) {
        return "--dumont.deployments.running-check-interval=" + (mode == WeekUser.Mode.on ? "2m" : "10m");
    }

    private final Settings settings;

    private HibernationBenchmark(Settings settings) {
        this.settings = settings;
    }

    record Settings(
            int users,
            int days,
            long seed,
            List<WeekUser.Mode> modes,
            double forget,
            double gpuTakenPerHour,
            Duration heartbeat,
            Duration heartbeatRunning,
            Duration quantum,
            List<String> springArgs) {

        static Settings parse(String[] args) {
            BenchArgs a = BenchArgs.parse(args);
            return new Settings(
                    a.getInt("users", 50),
                    a.getInt("days", 7),
                    a.getLong("seed", 42),
                    Stream.of(a.get("modes", "on,off").split(","))
                            .map(WeekUser.Mode::valueOf)
                            .toList(),
                    a.getDouble("forget", 0.2),
                    a.getDouble("gpu-taken-per-hour", 0.03),
                    Duration.ofSeconds(a.getLong("heartbeat", 30)),
                    Duration.ofSeconds(a.getLong("heartbeat-running", 0)),
                    Duration.ofSeconds(a.getLong("quantum", 10)),
                    a.springArgs());
        }
    }

    public static void main(String[] args) {
        Settings settings = Settings.parse(args);
        HibernationBenchmark bench = new HibernationBenchmark(settings);
        List<UsageWeek.Plan> week =
                UsageWeek.draw(settings.users(), settings.days(), settings.seed(), settings.forget());
        bench.printSetUp(week);
        List<HibernationTally> tallies = new ArrayList<>();
        for (WeekUser.Mode mode : settings.modes()) {
            tallies.add(bench.run(mode, week));
        }
        HibernationTally.print(tallies);
        System.exit(0); // the simulator's and Spring's non-daemon threads are gone, but be sure
    }

    private void printSetUp(List<UsageWeek.Plan> week) {
        long bursts = week.stream().mapToLong(p -> p.bursts().size()).sum();
        double busyHours = week.stream()
                        .flatMap(p -> p.bursts().stream())
                        .mapToLong(b -> Duration.between(b.start(), b.end()).toSeconds())
                        .sum()
                / 3600.0;
        long forgetful = week.stream().filter(UsageWeek.Plan::forgetful).count();
        long back = week.stream().filter(p -> p.backAt() != null).count();
        System.out.printf(
                Locale.ROOT,
                "Hibernation benchmark: %d users with one %s each, %d days from %s (a Monday); seed %d%n",
                settings.users(),
                WeekUser.SLUG,
                settings.days(),
                UsageWeek.MONDAY,
                settings.seed());
        System.out.printf(
                Locale.ROOT,
                "Workload: %d bursts of GPU work, %.0f GPU-busy hours in all (%.1f %% of the deployment-hours of the"
                        + " week); bursts log-normal median %d min, gaps median %d s; %d users forget their machine"
                        + " for 2-5 days (%d back within the week)%n",
                bursts,
                busyHours,
                100 * busyHours / (settings.users() * settings.days() * 24.0),
                UsageWeek.BURST_MEDIAN.toMinutes(),
                UsageWeek.GAP_MEDIAN.toSeconds(),
                forgetful,
                back);
        System.out.printf(
                Locale.ROOT,
                "Market: simulator defaults; boot log-normal median %d s, sigma %.1f (a restart takes 0.3 of a draw);"
                        + " a stopped instance's GPU is taken by another renter at %.1f %%/h%n",
                BOOT_MEDIAN.toSeconds(),
                BOOT_SIGMA,
                100 * settings.gpuTakenPerHour());
        System.out.printf(
                Locale.ROOT,
                "Driving: agent heartbeats every %d s while a command waits or the deployment moves, one within %d s of"
                        + " an activity change%s; engine passes at least %d s apart while nothing moves%n",
                settings.heartbeat().toSeconds(),
                settings.heartbeat().toSeconds(),
                settings.heartbeatRunning().isZero()
                        ? ""
                        : ", every " + settings.heartbeatRunning().toSeconds() + " s from every running agent",
                settings.quantum().toSeconds());
        System.out.printf(
                Locale.ROOT,
                "Machine: %d CPUs, load average %s; Java %s%n",
                Runtime.getRuntime().availableProcessors(),
                BenchEngine.loadAverage(),
                Runtime.version());
    }

    private HibernationTally run(WeekUser.Mode mode, List<UsageWeek.Plan> week) {
        long wallStart = System.nanoTime();
        HibernationTally tally = new HibernationTally(mode);
        try (BenchEngine engine = start(mode)) {
            HibernationCommands hibernation = engine.context.getBean(HibernationCommands.class);
            AgentHeartbeats beats =
                    new AgentHeartbeats(engine, settings.heartbeat(), settings.heartbeatRunning(), settings.seed());
            List<WeekUser> users = week.stream()
                    .map(p -> new WeekUser(
                            p,
                            engine,
                            hibernation,
                            mode,
                            tally,
                            settings.seed(),
                            settings.gpuTakenPerHour(),
                            beats::activityChanged))
                    .toList();
            Week drive = new Week(engine, users, beats);
            drive.run();
            Instant end = engine.clock.instant();
            tally.bill(users.stream().flatMap(u -> u.all().stream()).toList(), end);
            tally.snapshots(agentCommands(engine));
            tally.hibernations(
                    hibernations(engine),
                    DurationStyle.detectAndParse(engine.property("dumont.deployments.running-check-interval")));
            users.forEach(WeekUser::destroyAll);
            for (int i = 0; i < 30; i++) { // let the destroys reach the provider
                engine.pass();
                engine.clock.advance(Duration.ofSeconds(1));
            }
            String summary = String.format(
                    Locale.ROOT,
                    "done in %.0f s of wall time (%d days virtual, %d passes: %s; %d agent heartbeats); %s;"
                            + " instances left: %d",
                    (System.nanoTime() - wallStart) / 1e9,
                    settings.days(),
                    drive.passes,
                    engine.passTimes(),
                    beats.sent(),
                    engineSettings(engine),
                    engine.liveInstances());
            tally.run(summary);
            System.out.printf(Locale.ROOT, "%-7s %s%n", mode, summary);
        }
        return tally;
    }

    private BenchEngine start(WeekUser.Mode mode) {
        SimulatorConfig market = SimulatorConfig.defaults()
                .withSeed(settings.seed())
                .withBootTimes(
                        BootTimes.logNormal(BOOT_MEDIAN, BOOT_SIGMA, Duration.ofSeconds(15), Duration.ofMinutes(20)))
                .withRateLimit(RateLimit.unlimited())
                // The agents' own heartbeats run on real time, which means nothing here: the benchmark beats for them.
                .withAgentHeartbeatInterval(Duration.ofHours(1));
        List<String> args = new ArrayList<>(List.of(
                runningCheck(mode),
                // No host is lost this week, so failover has nothing to do but snapshot every running workspace every
                // 30 minutes: wall time (tar, gzip, upload) and no GPU dollar. Hibernation takes its own snapshots.
                "--dumont.failover.enabled-by-default=false"));
        args.add("--dumont.hibernation.enabled-by-default=" + (mode == WeekUser.Mode.on));
        args.addAll(settings.springArgs());
        return BenchEngine.start("hibernation-bench", ManualClock.at(UsageWeek.MONDAY), market, args);
    }

    private static String engineSettings(BenchEngine engine) {
        return "engine: hibernation " + engine.property("dumont.hibernation.enabled-by-default")
                + ", idle window " + engine.property("dumont.hibernation.idle-window")
                + ", wake deadline " + engine.property("dumont.hibernation.wake-deadline")
                + ", wake race after " + engine.property("dumont.hibernation.wake-race-after")
                + ", destroy after " + engine.property("dumont.hibernation.destroy-after")
                + ", running check " + engine.property("dumont.deployments.running-check-interval")
                + ", poll " + engine.property("dumont.deployments.poll-interval");
    }

    /** How many times a deployment began hibernating (on its own, or asked to by its user). */
    private static long hibernations(BenchEngine engine) {
        Long n = engine.jdbc.queryForObject(
                "select count(*) from deployment_events where type = 'status' and status = 'hibernating'", Long.class);
        return n == null ? 0 : n;
    }

    /** Snapshot and restore commands the agents carried out, from the engine's table; "n/a" without one. */
    private static String agentCommands(BenchEngine engine) {
        try {
            List<String> counts = engine.jdbc.query(
                    "select kind, status, count(*) as n from agent_commands group by kind, status order by kind,"
                            + " status",
                    (row, i) -> row.getString("kind") + " " + row.getString("status") + " " + row.getLong("n"));
            return counts.isEmpty() ? "none" : String.join(", ", counts);
        } catch (DataAccessException e) {
            return "n/a";
        }
    }

    /** The week's clock: users' events, the engine's due passes and the agents' heartbeats, in time order. */
    private final class Week {

        private final BenchEngine engine;
        private final List<WeekUser> users;
        private final Instant end;
        private final AgentHeartbeats beats;
        long passes;

        Week(BenchEngine engine, List<WeekUser> users, AgentHeartbeats beats) {
            this.engine = engine;
            this.users = users;
            this.beats = beats;
            this.end = UsageWeek.MONDAY.plus(Duration.ofDays(settings.days()));
        }

        void run() {
            while (true) {
                Instant now = engine.clock.instant();
                for (WeekUser u : users) {
                    Instant at = u.nextEventAt();
                    if (at != null && !at.isAfter(now)) {
                        u.act(now);
                    }
                }
                Due due = due();
                if (due.next() != null && !due.next().isAfter(now)) {
                    engine.pass();
                    passes++;
                }
                if (!now.isBefore(beats.next())) {
                    beats.beatDue(now);
                }
                for (WeekUser u : users) {
                    if (u.waiting()) {
                        u.tryToUse(now);
                    }
                }
                if (!now.isBefore(end)) {
                    return;
                }
                engine.clock.set(nextStop(now));
            }
        }

        private Instant nextStop(Instant now) {
            Instant next = end;
            for (WeekUser u : users) {
                Instant at = u.nextEventAt();
                if (at != null && at.isBefore(next)) {
                    next = at;
                }
            }
            next = earliest(next, beats.next());
            Due due = due();
            if (due.next() != null) {
                // While a deployment moves (boots, wakes, stops) its passes come as it asks, a second apart at least
                // (the loop's watcher notices a boot within one); otherwise due passes are gathered a quantum apart.
                Instant floor = now.plus(due.moving() ? Duration.ofSeconds(1) : settings.quantum());
                next = earliest(next, due.next().isAfter(floor) ? due.next() : floor);
            }
            return next.isAfter(now) ? next : now.plus(Duration.ofSeconds(1));
        }

        private record Due(Instant next, boolean moving) {}

        private Due due() {
            return engine.jdbc.queryForObject(
                    """
                    select min(next_check_at) as next_at,
                           sum(case when status in ('pending', 'provisioning', 'starting', 'waking', 'hibernating')
                               then 1 else 0 end) as moving
                      from deployments where status not in ('failed', 'destroyed')""",
                    (row, i) -> {
                        Timestamp at = row.getTimestamp("next_at");
                        return new Due(at == null ? null : at.toInstant(), row.getLong("moving") > 0);
                    });
        }

        private static Instant earliest(Instant a, Instant b) {
            return b.isBefore(a) ? b : a;
        }
    }
}
