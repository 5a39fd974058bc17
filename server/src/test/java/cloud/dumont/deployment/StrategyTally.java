package cloud.dumont.deployment;

import cloud.dumont.api.deployment.DeploymentResponse;
import cloud.dumont.api.deployment.InstanceAttempt;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What one strategy's deployments came to, and the figures printed for it.
 *
 * <ul>
 *   <li><b>time to ready</b>: from the deploy request to the deployment running (its app passed the health check), in
 *       virtual seconds; for a retried Coldstart, from the first request. Percentiles are nearest-rank, over the
 *       deployments that became ready (n shown); the "all" percentile counts a deployment that never became ready as
 *       slower than any, so it reads "never" when more than 5 % failed.
 *   <li><b>ready in 5 min</b>: the share of all deployments running within five minutes of the request.
 *   <li><b>$ per success</b>: every dollar the deployments of the run spent (each instance rented, successful or not:
 *       dead hosts, race losers, failed deployments) divided by the deployments that became ready. An instance's
 *       cost is the deployment's own {@code attempts[].cost_usd}, billed as Vast.ai bills (disk from the order, GPU
 *       only while the instance runs); for an instance still rented when measured, its cost up to that moment: the
 *       winner's up to its ready time, so this is the price of getting a working GPU. "+1 h use" adds an hour of the kept instance at its price to each success, which puts
 *       the extra cost beside a session's; "$/h kept" is the mean price of the instances kept.
 *   <li><b>instances per success</b>: instances rented over deployments that became ready.
 * </ul>
 */
final class StrategyTally {

    private final String name;
    private final List<Outcome> outcomes;

    StrategyTally(String name, List<Followed> followed, boolean firstTryOnly) {
        this.name = name;
        this.outcomes = followed.stream()
                .map(f -> firstTryOnly && f.firstTry != null ? f.firstTry : f.last)
                .toList();
    }

    /** A deployment as it ended: ready after {@code readyAfter} (null: never), what it spent, what it rented. */
    record Outcome(
            Duration readyAfter,
            double spentUsd,
            int instances,
            Double winnerPricePerHour,
            Map<String, Long> attemptOutcomes) {

        static Outcome of(DeploymentResponse d, Instant requestedAt, Instant now, boolean ready) {
            List<InstanceAttempt> attempts = d.attempts() == null ? List.of() : d.attempts();
            double spent = attempts.stream().mapToDouble(a -> cost(a, now)).sum();
            Duration readyAfter = ready && d.phases().running() != null
                    ? Duration.between(requestedAt, d.phases().running())
                    : null;
            Map<String, Long> counts = attempts.stream()
                    .collect(Collectors.groupingBy(InstanceAttempt::outcome, TreeMap::new, Collectors.counting()));
            return new Outcome(readyAfter, spent, attempts.size(), ready ? d.pricePerHour() : null, counts);
        }

        private static double cost(InstanceAttempt a, Instant now) {
            Double cost = a.endedAt() != null ? a.costUsd() : a.costAt(a.readyAt() != null ? a.readyAt() : now);
            return cost == null ? 0 : cost;
        }
    }

    /** One deployment the benchmark follows; a Coldstart that a user retried keeps its first try apart. */
    static final class Followed {
        private final UUID id;
        private final Instant requestedAt;
        private int retries;
        private Outcome firstTry;
        private Outcome last;

        Followed(UUID id, Instant requestedAt) {
            this.id = id;
            this.requestedAt = requestedAt;
        }

        UUID id() {
            return id;
        }

        Instant requestedAt() {
            return requestedAt;
        }

        int retries() {
            return retries;
        }

        void failedOnce(DeploymentResponse d, Instant now) {
            if (firstTry == null) {
                firstTry = Outcome.of(d, requestedAt, now, false);
            }
            retries++;
        }

        void ready(DeploymentResponse d, Instant now) {
            last = Outcome.of(d, requestedAt, now, true);
        }

        void notReady(DeploymentResponse d, Instant now) {
            last = Outcome.of(d, requestedAt, now, false);
        }
    }

    static void printTable(List<StrategyTally> tallies) {
        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "%-26s %7s %9s %10s %10s %10s %10s %10s %10s %13s %9s%n",
                "strategy",
                "deploys",
                "ready(n)",
                "in 5 min",
                "p50 s",
                "p95 s",
                "p95 all",
                "$/success",
                "+1 h use",
                "inst/success",
                "$/h kept");
        for (StrategyTally t : tallies) {
            System.out.printf(
                    Locale.ROOT,
                    "%-26s %7d %9d %9.1f%% %10s %10s %10s %10.4f %10.4f %13.2f %9.3f%n",
                    t.name,
                    t.outcomes.size(),
                    t.ready().size(),
                    100.0 * t.readyWithin(StrategyBenchmark.FIVE_MINUTES) / t.outcomes.size(),
                    Percentiles.seconds(Percentiles.of(t.readyTimes(), 50)),
                    Percentiles.seconds(Percentiles.of(t.readyTimes(), 95)),
                    Percentiles.seconds(t.p95All()),
                    t.usdPerSuccess(),
                    t.usdPerSuccessWithAnHour(),
                    (double) t.instances() / t.ready().size(),
                    t.meanKeptPrice());
        }
        System.out.println();
        System.out.println("Instances rented, by outcome (ready: the winner; lost: a race loser; dead: given up as a"
                + " dead host; failed: the deployment failed on it; destroyed: still booting when destroyed):");
        for (StrategyTally t : tallies) {
            Map<String, Long> all = new TreeMap<>();
            t.outcomes.forEach(o -> o.attemptOutcomes().forEach((k, v) -> all.merge(k, v, Long::sum)));
            System.out.printf(Locale.ROOT, "  %-26s %s%n", t.name, all);
        }
    }

    static void printVerdict(List<StrategyTally> tallies) {
        StrategyTally cold = find(tallies, "coldstart (first try)");
        StrategyTally race = tallies.stream()
                .filter(t -> t.name.startsWith("race"))
                .findFirst()
                .orElse(null);
        if (cold == null || race == null) {
            return;
        }
        System.out.println();
        System.out.println("Target: Race p95 time to ready <= 1/2 of Coldstart's, at <= 10 % extra cost per success.");
        for (StrategyTally c :
                tallies.stream().filter(t -> t.name.startsWith("coldstart")).toList()) {
            Duration rp = Percentiles.of(race.readyTimes(), 95);
            Duration cp = Percentiles.of(c.readyTimes(), 95);
            double ratio = (double) rp.toMillis() / cp.toMillis();
            System.out.printf(
                    Locale.ROOT,
                    "  p95, successes only: %s %s s vs %s %s s: ratio %.2f -> %s%n",
                    race.name,
                    Percentiles.seconds(rp),
                    c.name,
                    Percentiles.seconds(cp),
                    ratio,
                    ratio <= 0.5 ? "PASS" : "MISS");
            Duration ra = race.p95All();
            Duration ca = c.p95All();
            boolean pass = ra != null && (ca == null || ra.toMillis() * 2 <= ca.toMillis());
            System.out.printf(
                    Locale.ROOT,
                    "  p95, failures as never: %s %s vs %s %s -> %s%n",
                    race.name,
                    ra == null ? "never" : Percentiles.seconds(ra) + " s",
                    c.name,
                    ca == null ? "never" : Percentiles.seconds(ca) + " s",
                    pass ? "PASS" : "MISS");
            double extra = race.usdPerSuccess() / c.usdPerSuccess() - 1;
            double extraHour = race.usdPerSuccessWithAnHour() / c.usdPerSuccessWithAnHour() - 1;
            System.out.printf(
                    Locale.ROOT,
                    "  $ per success until ready: %+.0f %% -> %s; with an hour of use: %+.1f %% -> %s%n",
                    100 * extra,
                    extra <= 0.10 ? "PASS" : "MISS",
                    100 * extraHour,
                    extraHour <= 0.10 ? "PASS" : "MISS");
        }
    }

    private static StrategyTally find(List<StrategyTally> tallies, String name) {
        return tallies.stream().filter(t -> t.name.equals(name)).findFirst().orElse(null);
    }

    private List<Outcome> ready() {
        return outcomes.stream().filter(o -> o.readyAfter() != null).toList();
    }

    private List<Duration> readyTimes() {
        return ready().stream().map(Outcome::readyAfter).sorted().toList();
    }

    private long readyWithin(Duration limit) {
        return ready().stream()
                .filter(o -> o.readyAfter().compareTo(limit) <= 0)
                .count();
    }

    /** The 95th percentile over every deployment, one that never became ready counting as slower than any (null). */
    private Duration p95All() {
        List<Duration> all = outcomes.stream()
                .map(Outcome::readyAfter)
                .sorted(Comparator.nullsLast(Comparator.naturalOrder()))
                .toList();
        return all.get(Percentiles.rank(all.size(), 95));
    }

    private double usdPerSuccess() {
        return outcomes.stream().mapToDouble(Outcome::spentUsd).sum() / ready().size();
    }

    private double usdPerSuccessWithAnHour() {
        double hours = ready().stream()
                .map(Outcome::winnerPricePerHour)
                .filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue)
                .sum();
        return (outcomes.stream().mapToDouble(Outcome::spentUsd).sum() + hours) / ready().size();
    }

    /** The mean $/h of the instances the successful deployments kept. */
    private double meanKeptPrice() {
        return ready().stream()
                .map(Outcome::winnerPricePerHour)
                .filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue)
                .average()
                .orElse(Double.NaN);
    }

    private int instances() {
        return outcomes.stream().mapToInt(Outcome::instances).sum();
    }
}
