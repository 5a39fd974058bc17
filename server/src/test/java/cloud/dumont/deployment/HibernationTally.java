package cloud.dumont.deployment;

import cloud.dumont.api.deployment.DeploymentResponse;
import cloud.dumont.api.deployment.InstanceAttempt;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one mode's week came to, and the figures printed for it.
 *
 * <ul>
 *   <li><b>GPU $</b>: what the deployments' instances were billed for their GPUs, from the engine's own
 *       {@code attempts[]} as Vast.ai bills: each instance's GPU price (its price less the disk's) times the hours it
 *       ran, up to the end of the week. <b>total $</b> is their {@code cost_usd}: it adds the disks (billed from order
 *       to destroy, stopped or not) and the storage of the snapshots kept in stage 2.
 *   <li><b>wakes</b>: arrivals for a burst of work that found the deployment not running (hibernated, or still
 *       stopping); <b>time to usable</b> is from that arrival (the wake request, or the moment the user wanted it while
 *       it was still stopping) to the deployment running with its health check passed, in virtual seconds.
 *       Nearest-rank percentiles. A wake lands on a <b>new instance</b> when the deployment runs on another instance
 *       than it had at the arrival (its GPU was taken, or the stopped instance was let go).
 *   <li><b>taken</b>: wakes of a stopped instance whose GPU another renter had taken meanwhile (drawn by the
 *       benchmark); <b>failed</b>: times a deployment failed (its user retried it); <b>1st run</b>: median seconds from
 *       a user's first deploy to running.
 *   <li><b>workspace</b>: every byte the users saved, and of those the bytes that were missing or different on the
 *       deployment's current instance at a later arrival. After a loss the user goes on from what is there, so a loss is
 *       counted once.
 * </ul>
 */
final class HibernationTally {

    final WeekUser.Mode mode;
    private final List<Duration> firstReady = new ArrayList<>();
    private final List<Wake> wakes = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private final Map<String, Long> attemptOutcomes = new TreeMap<>();
    private long bytesWritten;
    private long bytesLost;
    private int checksWithLoss;
    private int gpusTaken;
    private int manualStops;
    private double gpuUsd;
    private double totalUsd;
    private double instancesUsd;
    private double gpuHours;
    private double savedUsd;
    private String snapshots = "n/a";
    private long hibernations;
    private Duration runningCheck;
    private String run = "";

    record Wake(Duration toUsable, boolean newInstance) {}

    HibernationTally(WeekUser.Mode mode) {
        this.mode = mode;
    }

    void firstReady(Duration d) {
        firstReady.add(d);
    }

    void wake(Duration toUsable, boolean newInstance) {
        wakes.add(new Wake(toUsable, newInstance));
    }

    void failed(String message) {
        failures.add(message);
    }

    void written(long bytes) {
        bytesWritten += bytes;
    }

    void checked(long lost) {
        bytesLost += lost;
        checksWithLoss += lost > 0 ? 1 : 0;
    }

    void gpuTaken() {
        gpusTaken++;
    }

    void manualStop() {
        manualStops++;
    }

    /**
     * Bills every deployment of the week up to {@code end} (now, when called), from the engine's own attempts and its
     * {@code cost_usd}, which adds the snapshot storage of deployments hibernated in stage 2.
     */
    void bill(List<DeploymentResponse> all, Instant end) {
        for (DeploymentResponse d : all) {
            for (InstanceAttempt a : d.attempts() == null ? List.<InstanceAttempt>of() : d.attempts()) {
                double hours = a.gpuHoursTo(end);
                double storage = a.storagePerHour() == null ? 0 : a.storagePerHour();
                gpuHours += hours;
                gpuUsd += (a.pricePerHour() - storage) * hours;
                Double cost = a.costAt(end);
                instancesUsd += cost == null ? 0 : cost;
                attemptOutcomes.merge(a.outcome(), 1L, Long::sum);
            }
            totalUsd += d.costUsd() == null ? 0 : d.costUsd();
            savedUsd += d.hibernation() == null ? 0 : d.hibernation().savedUsd();
        }
    }

    /** How many hibernations the week had, and how often running deployments were checked for idleness. */
    void hibernations(long count, Duration check) {
        hibernations = count;
        runningCheck = check;
    }

    void snapshots(String summary) {
        snapshots = summary;
    }

    void run(String summary) {
        run = summary;
    }

    static void print(List<HibernationTally> tallies) {
        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "%-7s %9s %9s %8s %8s %6s %7s %7s %7s %7s %6s %6s %11s %9s %7s%n",
                "mode",
                "GPU $",
                "total $",
                "GPU h",
                "saved $",
                "wakes",
                "p50 s",
                "p95 s",
                "max s",
                "new inst",
                "taken",
                "failed",
                "written KiB",
                "lost KiB",
                "1st run");
        for (HibernationTally t : tallies) {
            List<Duration> times = t.wakeTimes(w -> true);
            System.out.printf(
                    Locale.ROOT,
                    "%-7s %9.2f %9.2f %8.1f %8.2f %6d %7s %7s %7s %8d %6d %6d %11.1f %9.1f %7s%n",
                    t.mode,
                    t.gpuUsd,
                    t.totalUsd,
                    t.gpuHours,
                    t.savedUsd,
                    t.wakes.size(),
                    Percentiles.seconds(Percentiles.of(times, 50)),
                    Percentiles.seconds(Percentiles.of(times, 95)),
                    Percentiles.seconds(times.isEmpty() ? null : times.getLast()),
                    t.wakes.stream().filter(Wake::newInstance).count(),
                    t.gpusTaken,
                    t.failures.size(),
                    t.bytesWritten / 1024.0,
                    t.bytesLost / 1024.0,
                    Percentiles.seconds(Percentiles.of(t.firstReadyTimes(), 50)));
        }
        System.out.println();
        for (HibernationTally t : tallies) {
            System.out.printf(Locale.ROOT, "%-7s %s%n", t.mode, t.run);
            System.out.printf(Locale.ROOT, "%-7s wakes: %s%n", "", t.wakeSummary());
            System.out.printf(
                    Locale.ROOT,
                    "%-7s workspace: %d B written, %d B lost at %d of the arrivals; agent commands: %s; snapshot storage"
                            + " $%.4f%n",
                    "",
                    t.bytesWritten,
                    t.bytesLost,
                    t.checksWithLoss,
                    t.snapshots,
                    t.totalUsd - t.instancesUsd);
            if (t.mode == WeekUser.Mode.on) {
                System.out.printf(Locale.ROOT, "%-7s %s%n", "", t.lagEstimate());
            }
            System.out.printf(
                    Locale.ROOT,
                    "%-7s instances rented, by outcome: %s%s%s%n",
                    "",
                    t.attemptOutcomes,
                    t.manualStops > 0 ? "; stopped by their users: " + t.manualStops : "",
                    t.failures.isEmpty() ? "" : "; failed: " + t.failureReasons());
        }
        verdict(tallies);
    }

    private static void verdict(List<HibernationTally> tallies) {
        HibernationTally on = find(tallies, WeekUser.Mode.on);
        HibernationTally off = find(tallies, WeekUser.Mode.off);
        System.out.println();
        if (on != null && off != null) {
            System.out.printf(
                    Locale.ROOT,
                    "GPU $ with hibernation on vs off: %.2f vs %.2f: %.1f %% saved; total incl. disk %.2f vs %.2f: %.1f"
                            + " %% saved%n",
                    on.gpuUsd,
                    off.gpuUsd,
                    100 * (1 - on.gpuUsd / off.gpuUsd),
                    on.totalUsd,
                    off.totalUsd,
                    100 * (1 - on.totalUsd / off.totalUsd));
        }
        HibernationTally manual = find(tallies, WeekUser.Mode.manual);
        if (on != null && manual != null) {
            System.out.printf(
                    Locale.ROOT,
                    "GPU $ with hibernation on vs users stopping their machines at night: %.2f vs %.2f: %.1f %% saved%n",
                    on.gpuUsd,
                    manual.gpuUsd,
                    100 * (1 - on.gpuUsd / manual.gpuUsd));
        }
        for (HibernationTally t : tallies) {
            System.out.printf(
                    Locale.ROOT,
                    "Workspace bytes lost (%s): %d -> %s%n",
                    t.mode,
                    t.bytesLost,
                    t.bytesLost == 0 ? "PASS" : "MISS (must be 0)");
        }
    }

    /**
     * Idleness is first seen at a running check, a uniform part of the interval after the GPU went idle: on average
     * half of it. The benchmark checks less often than the product, so each hibernation came that much later.
     */
    private String lagEstimate() {
        double extraSeconds =
                (runningCheck.toMillis() - HibernationBenchmark.PRODUCT_RUNNING_CHECK.toMillis()) / 2000.0;
        double usdPerGpuHour = gpuHours == 0 ? 0 : gpuUsd / gpuHours;
        return String.format(
                Locale.ROOT,
                "hibernations: %d; idle checked every %d s, not the product's %d s: each came %.1f s later on average,"
                        + " about $%.2f of GPU (at $%.3f/h) the product would not bill",
                hibernations,
                runningCheck.toSeconds(),
                HibernationBenchmark.PRODUCT_RUNNING_CHECK.toSeconds(),
                Math.max(0, extraSeconds),
                Math.max(0, extraSeconds) / 3600 * usdPerGpuHour * hibernations,
                usdPerGpuHour);
    }

    /** Why deployments failed, each reason up to its first ';' (the engine's messages carry details after it). */
    private Map<String, Long> failureReasons() {
        Map<String, Long> reasons = new TreeMap<>();
        failures.forEach(m -> reasons.merge(m == null ? "?" : m.split(";")[0], 1L, Long::sum));
        return reasons;
    }

    private String wakeSummary() {
        if (wakes.isEmpty()) {
            return "none";
        }
        List<Duration> same = wakeTimes(w -> !w.newInstance());
        List<Duration> moved = wakeTimes(Wake::newInstance);
        return String.format(
                Locale.ROOT,
                "%d on the same instance (p50 %s s, p95 %s s), %d on a new instance (p50 %s s, p95 %s s, max %s s)",
                same.size(),
                Percentiles.seconds(Percentiles.of(same, 50)),
                Percentiles.seconds(Percentiles.of(same, 95)),
                moved.size(),
                Percentiles.seconds(Percentiles.of(moved, 50)),
                Percentiles.seconds(Percentiles.of(moved, 95)),
                Percentiles.seconds(moved.isEmpty() ? null : moved.getLast()));
    }

    private List<Duration> wakeTimes(java.util.function.Predicate<Wake> which) {
        return wakes.stream()
                .filter(which)
                .map(Wake::toUsable)
                .sorted(Comparator.naturalOrder())
                .toList();
    }

    private List<Duration> firstReadyTimes() {
        return firstReady.stream().sorted().toList();
    }

    private static HibernationTally find(List<HibernationTally> tallies, WeekUser.Mode mode) {
        return tallies.stream().filter(t -> t.mode == mode).findFirst().orElse(null);
    }
}
