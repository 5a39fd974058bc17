package cloud.dumont.machines;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.dumont.api.deployment.DeployRequest;
import cloud.dumont.api.deployment.DeploymentResponse;
import cloud.dumont.api.deployment.DeploymentStatus;
import cloud.dumont.api.deployment.ProvisioningStrategy;
import cloud.dumont.api.machines.AttemptOutcome;
import cloud.dumont.api.machines.BlacklistEntry;
import cloud.dumont.api.machines.MachineAttempt;
import cloud.dumont.api.machines.MachineDetail;
import cloud.dumont.api.machines.MachineSummary;
import cloud.dumont.catalog.TemplateCatalog;
import cloud.dumont.deployment.DrivenClockConfiguration;
import cloud.dumont.deployment.LaunchEvent;
import cloud.dumont.deployment.internal.Deployments;
import cloud.dumont.deployment.internal.OfferConstraints;
import cloud.dumont.deployment.internal.OfferPicker;
import cloud.dumont.deployment.internal.ReconcileLoop;
import cloud.dumont.identity.CurrentUser;
import cloud.dumont.machines.internal.Blacklist;
import cloud.dumont.machines.internal.MachineHistory;
import cloud.dumont.provider.CloudOffer;
import cloud.dumont.provider.GpuCloud;
import cloud.dumont.sim.BootFailure;
import cloud.dumont.sim.ManualClock;
import cloud.dumont.sim.VastSimulator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Host history from the deployment engine's attempts, and the automatic blacklist with its decay, on one manual clock
 * shared by server and simulator (the loop is off; tests run reconcile passes themselves).
 */
@SpringBootTest(
        properties = {
            "dumont.deployments.loop-enabled=false",
            "dumont.deployments.deploy-wait=0s",
            "dumont.vast.simulator.boot-time-min=30s",
            "dumont.vast.simulator.boot-time-max=30s",
            "dumont.vast.retry.base-delay=1ms",
            "dumont.vast.simulator.rate-limited=false",
            "dumont.market.enabled=false"
        })
@ActiveProfiles("test")
@Import(DrivenClockConfiguration.class)
class HostHistoryIntegrationTest {

    private static final AtomicLong MACHINE_IDS = new AtomicLong(900_000);

    @Autowired
    Deployments deployments;

    @Autowired
    ReconcileLoop loop;

    @Autowired
    VastSimulator sim;

    @Autowired
    ManualClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MachineHistory history;

    @Autowired
    Blacklist blacklist;

    @Autowired
    OfferPicker picker;

    @Autowired
    GpuCloud cloud;

    @Autowired
    TemplateCatalog templates;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate tx;

    CurrentUser user;

    @BeforeEach
    void freshUser() {
        UUID id = UUID.randomUUID();
        jdbc.update(
                "insert into users (id, email, password_hash, display_name, role, created_at) values (?, ?, 'x', 'T',"
                        + " 'USER', current_timestamp)",
                id,
                id + "@test.local");
        user = new CurrentUser(id, false);
    }

    @Test
    void aContainerThatCannotStartIsAFailureOfItsMachineWithTheStageAndReason() {
        sim.failures().onNextInstances(1, BootFailure.ociError());
        DeploymentResponse d = deploy();
        runFor(Duration.ofSeconds(40));
        DeploymentResponse failed = deployments.get(user, d.id());
        assertThat(failed.status()).isEqualTo(DeploymentStatus.failed);

        MachineDetail machine = history.machine(failed.machineId());
        MachineAttempt attempt = machine.attempts().getFirst();
        assertThat(attempt.outcome()).isEqualTo(AttemptOutcome.failed);
        assertThat(attempt.failureStage()).isEqualTo(DeploymentStatus.provisioning);
        assertThat(attempt.reasonCode()).isEqualTo("container-failed");
        assertThat(attempt.reasonMessage()).contains("OCI runtime create failed");
        assertThat(attempt.gpuName()).isEqualTo(failed.gpuName());
        assertThat(attempt.image()).isNotBlank();
        assertThat(machine.summary().failures()).isEqualTo(1);
    }

    @Test
    void hostsThatRoundRobinGivesUpAreFailuresOfTheirMachinesAndRaceLosersAreNot() {
        sim.failures().onNextInstances(1, BootFailure.exits());
        DeploymentResponse rr = deployments.deploy(
                user,
                "jupyter-lab",
                new DeployRequest(null, null, null, Map.of(), null, ProvisioningStrategy.roundrobin));
        runFor(Duration.ofSeconds(80));
        DeploymentResponse running = deployments.get(user, rr.id());
        assertThat(running.status()).isEqualTo(DeploymentStatus.running);
        long dead = running.attempts().getFirst().machineId();

        MachineAttempt deadAttempt = history.machine(dead).attempts().getFirst();
        assertThat(deadAttempt.outcome()).isEqualTo(AttemptOutcome.failed);
        assertThat(deadAttempt.reasonCode()).isEqualTo("host-dead");
        assertThat(deadAttempt.reasonMessage()).contains("exited");
        assertThat(history.machine(running.machineId()).attempts().getFirst().outcome())
                .isEqualTo(AttemptOutcome.ready);

        DeploymentResponse race = deployments.deploy(
                user, "jupyter-lab", new DeployRequest(null, null, null, Map.of(), null, ProvisioningStrategy.race, 2));
        runFor(Duration.ofSeconds(60));
        DeploymentResponse won = deployments.get(user, race.id());
        assertThat(won.status()).isEqualTo(DeploymentStatus.running);
        long loser = won.attempts().stream()
                .filter(a -> a.outcome().equals("lost"))
                .findFirst()
                .orElseThrow()
                .machineId();
        MachineDetail lost = history.machine(loser);
        assertThat(lost.attempts()).extracting(MachineAttempt::outcome).contains(AttemptOutcome.race_loser);
        // The machine may have a past of its own in this shared database; the lost race adds to neither count.
        assertThat(lost.summary().failures())
                .isEqualTo(lost.attempts().stream()
                        .filter(a -> a.outcome() == AttemptOutcome.failed)
                        .count());
        assertThat(lost.summary().successes())
                .isEqualTo(lost.attempts().stream()
                        .filter(a -> a.outcome() == AttemptOutcome.ready)
                        .count());
    }

    @Test
    void aReadyAttemptIsASuccessWithItsTimeToReady() {
        DeploymentResponse d = deploy();
        runFor(Duration.ofSeconds(40));
        DeploymentResponse running = deployments.get(user, d.id());
        assertThat(running.status()).isEqualTo(DeploymentStatus.running);

        MachineAttempt attempt = history.machine(running.machineId()).attempts().getFirst();
        assertThat(attempt.outcome()).isEqualTo(AttemptOutcome.ready);
        assertThat(attempt.secondsToReady()).isBetween(30.0, 40.0);
        assertThat(attempt.failureStage()).isNull();
    }

    @Test
    void destroyingADeploymentBeforeItIsReadyIsNotAMarkAgainstItsMachine() {
        DeploymentResponse d = deploy();
        loop.reconcileDueNow();
        DeploymentResponse provisioning = deployments.get(user, d.id());
        assertThat(provisioning.status()).isEqualTo(DeploymentStatus.provisioning);
        deployments.destroy(user, d.id());
        runFor(Duration.ofSeconds(5));

        MachineDetail machine = history.machine(provisioning.machineId());
        assertThat(machine.attempts().getFirst().outcome()).isEqualTo(AttemptOutcome.destroyed_before_ready);
        assertThat(machine.summary().failures()).isZero();
        assertThat(machine.summary().successRate()).isNull();
    }

    @Test
    void anAppThatNeverAnsweredAndWasRetriedCountsAsAFailedStart() {
        sim.failures().onNextInstances(1, BootFailure.appNeverAnswers());
        DeploymentResponse d = deploy();
        runFor(Duration.ofSeconds(40 + 130));
        DeploymentResponse unhealthy = deployments.get(user, d.id());
        assertThat(unhealthy.status()).isEqualTo(DeploymentStatus.unhealthy);
        deployments.retry(user, d.id());

        MachineAttempt attempt =
                history.machine(unhealthy.machineId()).attempts().getFirst();
        assertThat(attempt.outcome()).isEqualTo(AttemptOutcome.failed);
        assertThat(attempt.failureStage()).isEqualTo(DeploymentStatus.unhealthy);
        assertThat(attempt.reasonCode()).isEqualTo("health-timeout");
    }

    @Test
    void threeFailuresBlacklistAMachineForADayAndItsOffersDisappear() {
        CloudOffer offer = jupyterOffers().getFirst();
        long machine = offer.machineId();

        attempts(machine, LaunchEvent.Kind.failed, 2);
        assertThat(blacklist.isBlocked(machine)).isFalse();
        assertThat(jupyterOffers()).extracting(CloudOffer::machineId).contains(machine);

        attempts(machine, LaunchEvent.Kind.failed, 1);
        assertThat(blacklist.isBlocked(machine)).isTrue();
        assertThat(jupyterOffers()).extracting(CloudOffer::machineId).doesNotContain(machine);
        BlacklistEntry entry = blacklist.entries(machine).getFirst();
        assertThat(entry.source()).isEqualTo("automatic");
        assertThat(entry.offence()).isEqualTo(1);
        assertThat(entry.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(24)));
        assertThat(entry.reason()).contains("3 of 3 attempts failed");
    }

    @Test
    void raceLosersAndEarlyDestroysNeverCountAsFailures() {
        long machine = MACHINE_IDS.incrementAndGet();
        attempts(machine, LaunchEvent.Kind.raceLost, 10);
        attempts(machine, LaunchEvent.Kind.abandoned, 3);
        attempts(machine, LaunchEvent.Kind.failed, 2);
        assertThat(blacklist.isBlocked(machine))
                .as("2 counted attempts are too few to judge")
                .isFalse();

        attempts(machine, LaunchEvent.Kind.ready, 1);
        MachineSummary summary = history.machine(machine).summary();
        assertThat(summary.attempts()).isEqualTo(16);
        assertThat(summary.successes()).isEqualTo(1);
        assertThat(summary.failures()).isEqualTo(2);
        assertThat(summary.successRate()).isEqualTo(0.333);
        assertThat(blacklist.isBlocked(machine)).as("1 of 3 is above 30 %").isFalse();
        assertThat(history.machine(machine).attempts())
                .extracting(MachineAttempt::outcome)
                .contains(AttemptOutcome.race_loser, AttemptOutcome.destroyed_before_ready);
    }

    @Test
    void theBlacklistExpiresWithACleanSlateAndASecondOffenceLastsTwiceAsLong() {
        long machine = MACHINE_IDS.incrementAndGet();
        attempts(machine, LaunchEvent.Kind.failed, 3);
        assertThat(blacklist.isBlocked(machine)).isTrue();

        clock.advance(Duration.ofHours(24).minusSeconds(1));
        assertThat(blacklist.isBlocked(machine)).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(blacklist.isBlocked(machine)).as("expired after 24 h").isFalse();

        attempts(machine, LaunchEvent.Kind.ready, 1);
        assertThat(blacklist.isBlocked(machine))
                .as("the failures before the entry no longer count: 1 of 1 since release")
                .isFalse();
        attempts(machine, LaunchEvent.Kind.failed, 3);
        assertThat(blacklist.isBlocked(machine)).as("1 of 4 since release").isTrue();
        BlacklistEntry second = blacklist.entries(machine).getFirst();
        assertThat(second.offence()).isEqualTo(2);
        assertThat(second.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(48)));
    }

    @Test
    void anAdminsEntryBlocksUntilClearedAndClearingGivesACleanSlate() {
        long machine = MACHINE_IDS.incrementAndGet();
        UUID admin = UUID.randomUUID();
        blacklist.add(admin, machine, "Host reported for broken ports", null);
        clock.advance(Duration.ofDays(400));
        assertThat(blacklist.isBlocked(machine)).isTrue();
        assertThat(history.history(null, true, MachineHistory.Sort.machine_id, false, 500, 0)
                        .machines())
                .as("a machine without attempts is listed only by its detail")
                .noneMatch(s -> s.machineId() == machine);

        BlacklistEntry cleared = blacklist.clear(admin, machine, "Host fixed its ports");
        assertThat(cleared.active()).isFalse();
        assertThat(cleared.clearReason()).isEqualTo("Host fixed its ports");
        assertThat(blacklist.isBlocked(machine)).isFalse();
        assertThat(blacklist.activeEntries()).noneMatch(e -> e.machineId() == machine);
    }

    private List<CloudOffer> jupyterOffers() {
        return picker.compatible(
                cloud, templates.deployable("jupyter-lab").spec(), 20, null, OfferConstraints.NONE, 200);
    }

    /** Attempts on a machine as the engine announces them, each in its own transaction like a reconcile pass. */
    private void attempts(long machine, LaunchEvent.Kind kind, int count) {
        for (int i = 0; i < count; i++) {
            LaunchEvent event = new LaunchEvent(
                    templates.deployable("jupyter-lab").id(),
                    "1.0.0",
                    UUID.randomUUID(),
                    user.id(),
                    kind,
                    kind == LaunchEvent.Kind.failed ? "provisioning-timeout" : null,
                    kind == LaunchEvent.Kind.ready ? 42.0 : null,
                    clock.instant(),
                    1,
                    machine,
                    "RTX 4090",
                    "jupyter/base-notebook:latest",
                    kind == LaunchEvent.Kind.failed ? DeploymentStatus.provisioning : DeploymentStatus.running,
                    kind == LaunchEvent.Kind.failed ? "No running instance after 5 minutes" : null,
                    cloud.simulated());
            tx.executeWithoutResult(s -> publisher.publishEvent(event));
        }
    }

    /**
     * Coldstart on a machine no other test of this class has used: one machine per attempt, and the counts each test
     * reads are its own, whatever ran before it in the shared database.
     */
    private DeploymentResponse deploy() {
        return deployments.deploy(
                user,
                "jupyter-lab",
                new DeployRequest(
                        offerOnAnUntriedMachine(), null, null, Map.of(), null, ProvisioningStrategy.coldstart));
    }

    /** A compatible offer whose machine has no history yet in this test class's shared database. */
    private long offerOnAnUntriedMachine() {
        java.util.Set<Long> tried =
                new java.util.HashSet<>(jdbc.queryForList("select machine_id from machine_attempts", Long.class));
        // Straight from the cloud: the offers endpoint's listing is cached for a few seconds and may name a rented one.
        var spec = templates.deployable("jupyter-lab").spec();
        return picker.compatible(cloud, spec, spec.diskGb(), null, OfferConstraints.NONE, 100).stream()
                .filter(o -> !tried.contains(o.machineId()))
                .findFirst()
                .orElseThrow()
                .id();
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
}
