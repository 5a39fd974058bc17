package cloud.dumont.budgets;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.dumont.api.budgets.BudgetNotice;
import cloud.dumont.api.budgets.BudgetRequest;
import cloud.dumont.api.budgets.BudgetResponse;
import cloud.dumont.api.deployment.DeployRequest;
import cloud.dumont.api.deployment.DeploymentResponse;
import cloud.dumont.api.deployment.DeploymentStatus;
import cloud.dumont.api.deployment.ProvisioningStrategy;
import cloud.dumont.budgets.internal.BudgetChecker;
import cloud.dumont.budgets.internal.Budgets;
import cloud.dumont.deployment.DrivenClockConfiguration;
import cloud.dumont.deployment.internal.DeploymentStore;
import cloud.dumont.deployment.internal.Deployments;
import cloud.dumont.deployment.internal.HibernationCommands;
import cloud.dumont.deployment.internal.ReconcileLoop;
import cloud.dumont.identity.CurrentUser;
import cloud.dumont.sim.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Budget checks against a running simulated deployment on a driven clock: as its cost crosses 50, 80 and 100 % of the
 * budget, each threshold is noticed once (stored, published, written on the deployment), and a new month starts
 * afresh.
 */
@SpringBootTest(
        properties = {
            "dumont.deployments.loop-enabled=false",
            "dumont.deployments.deploy-wait=0s",
            "dumont.vast.simulator.boot-time-min=30s",
            "dumont.vast.simulator.boot-time-max=30s",
            "dumont.vast.simulator.failure-rate=0",
            "dumont.vast.retry.base-delay=1ms",
            "dumont.vast.simulator.rate-limited=false",
            "dumont.budgets.checks-enabled=false"
        })
@ActiveProfiles("test")
@Import(DrivenClockConfiguration.class)
@RecordApplicationEvents
class BudgetCheckIntegrationTest {

    @Autowired
    Deployments deployments;

    @Autowired
    DeploymentStore store;

    @Autowired
    ReconcileLoop loop;

    @Autowired
    ManualClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Budgets budgets;

    @Autowired
    BudgetChecker checker;

    @Autowired
    HibernationCommands hibernation;

    @Autowired
    ApplicationEvents events;

    CurrentUser user;
    CurrentUser other;

    @BeforeEach
    void freshUsersAtTheStartOfANewMonth() {
        user = newUser();
        other = newUser();
        // Each test starts at noon on the 1st of a month of its own, so earlier tests' spend is last month's.
        YearMonth next =
                YearMonth.from(clock.instant().atOffset(ZoneOffset.UTC)).plusMonths(1);
        clock.set(next.atDay(1).atTime(12, 0).toInstant(ZoneOffset.UTC));
    }

    @Test
    void eachThresholdIsNoticedOnceAsTheSpendCrossesIt() {
        DeploymentResponse d = deployAndRun();
        double perHour = d.attempts().getFirst().pricePerHour();
        double budget = Math.ceil(perHour * 10 * 100) / 100; // about ten hours of it
        budgets.set(user.id(), new BudgetRequest(budget));
        budgets.set(other.id(), new BudgetRequest(1.0));

        assertThat(checker.check()).as("a minute's spend reaches nothing").isZero();

        advance(Duration.ofMinutes(330)); // about 55 %
        assertThat(checker.check()).isEqualTo(1);
        assertThat(checker.check()).as("noticed once").isZero();
        assertThat(thresholdsPublished()).containsExactly(50);

        advance(Duration.ofHours(3)); // about 85 %
        assertThat(checker.check()).isEqualTo(1);
        advance(Duration.ofHours(2)); // about 105 %
        assertThat(checker.check()).isEqualTo(1);
        assertThat(checker.check()).isZero();

        assertThat(thresholdsPublished()).containsExactly(50, 80, 100);
        assertThat(events.stream(BudgetExhausted.class)).containsExactly(new BudgetExhausted(user.id()));
        assertThat(events.stream(BudgetThresholdReached.class)).allSatisfy(e -> {
            assertThat(e.userId()).isEqualTo(user.id());
            assertThat(e.budgetUsd()).isEqualTo(budget);
            assertThat(e.spentUsd()).isGreaterThanOrEqualTo(budget * e.threshold() / 100 - 1e-9);
        });

        BudgetResponse view = budgets.view(user.id());
        assertThat(view.monthlyBudgetUsd()).isEqualTo(budget);
        assertThat(view.share()).isGreaterThan(1.0);
        assertThat(view.thresholdsReached()).containsExactly(50, 80, 100);
        assertThat(view.deployments()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(d.id());
            assertThat(s.costThisMonthUsd()).isEqualTo(view.spentUsd());
        });
        assertThat(view.spentUsd())
                .as("the month's spend is the deployment's whole cost: it began this month")
                .isCloseTo(deployments.get(user, d.id()).costUsd(), org.assertj.core.api.Assertions.within(1e-6));
        assertThat(view.notices()).extracting(BudgetNotice::threshold).containsExactly(100, 80, 50);
        assertThat(view.notices().getFirst().message())
                .contains("100 %")
                .contains("your running deployments hibernate");
        assertThat(deployments.get(user, d.id()).status())
                .as("a spent budget hibernates the user's running deployments")
                .isIn(
                        cloud.dumont.api.deployment.DeploymentStatus.hibernating,
                        cloud.dumont.api.deployment.DeploymentStatus.hibernated);

        List<String> written = budgetMessages(d.id());
        assertThat(written).hasSize(3);
        assertThat(written.get(0)).startsWith("Budget: 50 % of your $");
        assertThat(written.get(1)).startsWith("Budget: 80 % of your $");
        assertThat(written.get(2)).startsWith("Budget: 100 % of your $");
        assertThat(written)
                .isEqualTo(view.notices().reversed().stream()
                        .map(BudgetNotice::message)
                        .toList());

        BudgetResponse others = budgets.view(other.id());
        assertThat(others.spentUsd()).as("another user's spend is theirs alone").isZero();
        assertThat(others.deployments()).isEmpty();
        assertThat(others.notices()).isEmpty();
    }

    @Test
    void aNewMonthStartsAfreshAndLastMonthsNoticesStay() {
        DeploymentResponse d = deployAndRun();
        double budget = Math.ceil(d.attempts().getFirst().pricePerHour() * 10 * 100) / 100;
        budgets.set(user.id(), new BudgetRequest(budget));
        advance(Duration.ofHours(6));
        assertThat(checker.check()).isEqualTo(1); // 50 %
        String firstMonth = budgets.view(user.id()).month();

        YearMonth next = YearMonth.parse(firstMonth).plusMonths(1);
        clock.set(next.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC).plus(Duration.ofMinutes(1)));
        assertThat(checker.check()).as("a minute into the month").isZero();
        BudgetResponse fresh = budgets.view(user.id());
        assertThat(fresh.month()).isEqualTo(next.toString());
        assertThat(fresh.spentUsd()).isLessThan(budget / 100);
        assertThat(fresh.thresholdsReached()).isEmpty();
        assertThat(fresh.notices()).extracting(BudgetNotice::month).containsExactly(firstMonth);

        clock.advance(Duration.ofHours(6));
        assertThat(checker.check()).as("50 %% again, in the new month").isEqualTo(1);
        assertThat(budgets.view(user.id()).notices())
                .extracting(BudgetNotice::month, BudgetNotice::threshold)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(next.toString(), 50),
                        org.assertj.core.groups.Tuple.tuple(firstMonth, 50));
        assertThat(budgetMessages(d.id())).hasSize(2);
    }

    @Test
    void aChangedBudgetIsWatchedAfresh() {
        DeploymentResponse d = deployAndRun();
        double perHour = d.attempts().getFirst().pricePerHour();
        double budget = Math.ceil(perHour * 10 * 100) / 100;
        budgets.set(user.id(), new BudgetRequest(budget));
        advance(Duration.ofHours(11));
        assertThat(checker.check()).isEqualTo(3); // all three at once: 50, 80, 100 %

        budgets.set(user.id(), new BudgetRequest(budget * 2));
        assertThat(checker.check()).as("50 % of the doubled budget").isEqualTo(1);
        assertThat(thresholdsPublished()).containsExactly(50, 80, 100, 50);

        budgets.set(user.id(), new BudgetRequest(null));
        advance(Duration.ofHours(20));
        assertThat(checker.check()).as("no budget, no notices").isZero();
        assertThat(budgets.view(user.id()).share()).isNull();
    }

    @Test
    void savingsAreSummedOverTheUsersDeploymentsToDateDestroyedOnesIncluded() {
        DeploymentResponse kept = deployAndRun();
        DeploymentResponse destroyed = deployAndRun();
        assertThat(budgets.view(user.id()).savedUsd())
                .as("nothing hibernated yet")
                .isZero();

        Instant keptSince = hibernate(kept);
        Instant destroyedSince = hibernate(destroyed);
        clock.advance(Duration.ofHours(1));
        Instant destroyedAt = clock.instant();
        deployments.destroy(user, destroyed.id());
        runFor(Duration.ofSeconds(5));
        clock.advance(Duration.ofHours(2));
        Instant now = clock.instant();

        double expected = gpuPerHour(kept) * Duration.between(keptSince, now).toMillis() / 3_600_000.0
                + gpuPerHour(destroyed)
                        * Duration.between(destroyedSince, destroyedAt).toMillis()
                        / 3_600_000.0;
        BudgetResponse view = budgets.view(user.id());
        assertThat(view.savedUsd())
                .as("three hours and more of one GPU, and the hour the destroyed one was stopped before it went")
                .isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(view.savedUsd())
                .isCloseTo(
                        deployments.get(user, kept.id()).hibernation().savedUsd()
                                + deployments
                                        .get(user, destroyed.id())
                                        .hibernation()
                                        .savedUsd(),
                        org.assertj.core.api.Assertions.within(1e-9));
        assertThat(budgets.view(other.id()).savedUsd())
                .as("another user's savings are theirs")
                .isZero();
    }

    /** Hibernates a running deployment until its instance is stopped; returns when its hibernation began. */
    private Instant hibernate(DeploymentResponse d) {
        hibernation.hibernate(user, d.id());
        runFor(Duration.ofSeconds(5));
        DeploymentResponse stopped = deployments.get(user, d.id());
        assertThat(stopped.status()).isEqualTo(DeploymentStatus.hibernated);
        return stopped.hibernation().hibernatedAt();
    }

    private static double gpuPerHour(DeploymentResponse d) {
        var attempt = d.attempts().getFirst();
        return attempt.pricePerHour() - attempt.storagePerHour();
    }

    @AfterEach
    void destroyEverything() {
        for (CurrentUser u : List.of(user, other)) {
            for (DeploymentResponse d : deployments.list(u)) {
                if (d.status().live()) {
                    deployments.destroy(u, d.id());
                }
            }
        }
        while (loop.reconcileDueNow() > 0) {
            // until every destroy went through
        }
    }

    private DeploymentResponse deployAndRun() {
        DeploymentResponse d = deployments.deploy(
                user,
                "jupyter-lab",
                new DeployRequest(null, null, null, Map.of(), null, ProvisioningStrategy.coldstart, null, null));
        runFor(Duration.ofSeconds(45));
        DeploymentResponse running = deployments.get(user, d.id());
        assertThat(running.status()).isEqualTo(DeploymentStatus.running);
        return running;
    }

    private List<Integer> thresholdsPublished() {
        return events.stream(BudgetThresholdReached.class)
                .map(BudgetThresholdReached::threshold)
                .toList();
    }

    private List<String> budgetMessages(UUID deploymentId) {
        return store.eventsAfter(deploymentId, 0).stream()
                .map(e -> e.toResponse().message())
                .filter(m -> m.startsWith("Budget:"))
                .toList();
    }

    /** Moves time on by {@code span}, with the engine looking at the deployment on the way as it would. */
    private void advance(Duration span) {
        clock.advance(span);
        runFor(Duration.ofSeconds(20));
    }

    private void runFor(Duration span) {
        Instant end = clock.instant().plus(span);
        loop.reconcileDueNow();
        while (clock.instant().isBefore(end)) {
            clock.advance(Duration.ofSeconds(1));
            while (loop.reconcileDueNow() > 0) {
                // passes that asked to run again at once
            }
        }
    }

    private CurrentUser newUser() {
        UUID id = UUID.randomUUID();
        jdbc.update(
                "insert into users (id, email, password_hash, display_name, role, created_at) values (?, ?, 'x', 'T',"
                        + " 'USER', current_timestamp)",
                id,
                id + "@test.local");
        return new CurrentUser(id, false);
    }
}
