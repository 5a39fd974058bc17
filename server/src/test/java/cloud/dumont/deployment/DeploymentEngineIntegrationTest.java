package cloud.dumont.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import cloud.dumont.api.deployment.DeployRequest;
import cloud.dumont.api.deployment.DeploymentResponse;
import cloud.dumont.api.deployment.DeploymentStatus;
import cloud.dumont.api.deployment.InstanceAttempt;
import cloud.dumont.api.deployment.ProvisioningStrategy;
import cloud.dumont.deployment.internal.InstanceWatcher;
import cloud.dumont.deployment.internal.Labels;
import cloud.dumont.deployment.internal.OfferConstraints;
import cloud.dumont.deployment.internal.OrphanSweeper;
import cloud.dumont.deployment.internal.WarmPools;
import cloud.dumont.identity.CurrentUser;
import cloud.dumont.platform.ProblemException;
import cloud.dumont.sim.ApiFault;
import cloud.dumont.sim.BootFailure;
import cloud.dumont.sim.InstanceState;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine against the in-process simulator with the loop switched off: each test moves one manual clock (shared by
 * server and simulator) and runs reconcile passes itself, so every timeout is reached in milliseconds and every
 * outcome is exact.
 */
class DeploymentEngineIntegrationTest extends DrivenEngineTest {

    @Test
    void aDeploymentGoesFromRequestedToRunningWithATokenLinkThatOpensTheApp() throws Exception {
        DeploymentResponse created = deploy("jupyter-lab");
        assertThat(created.status()).isEqualTo(DeploymentStatus.pending);

        loop.reconcileDueNow();
        DeploymentResponse ordered = get(created.id());
        assertThat(ordered.status()).isEqualTo(DeploymentStatus.provisioning);
        assertThat(ordered.instanceId()).isNotNull();
        InstanceState instance = sim.instance(ordered.instanceId()).orElseThrow();
        assertThat(instance.label()).isEqualTo(Labels.of(created.id(), 1));

        runFor(Duration.ofSeconds(40));
        DeploymentResponse running = get(created.id());
        assertThat(running.status()).isEqualTo(DeploymentStatus.running);
        assertThat(running.phases().running()).isNotNull();
        assertThat(running.endpoints()).hasSize(1);
        String url = running.endpoints().getFirst().url();
        assertThat(url).contains("?token=" + running.credentials().secret());

        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.body()).contains("SIMULATED JupyterLab");

        assertThat(statuses(created.id()))
                .containsSubsequence(
                        DeploymentStatus.pending,
                        DeploymentStatus.provisioning,
                        DeploymentStatus.starting,
                        DeploymentStatus.running);
    }

    @Test
    void everyAppGetsItsOwnSecretWhereItChecksIt() {
        for (String slug : List.of("stable-diffusion", "comfy-ui", "vllm")) {
            DeploymentResponse d = deploy(slug);
            runFor(Duration.ofSeconds(40));
            DeploymentResponse running = get(d.id());
            assertThat(running.status()).as(slug).isEqualTo(DeploymentStatus.running);
            assertThat(running.credentials().secret()).hasSizeGreaterThan(20);
            deployments.destroy(user, d.id());
            loop.reconcileDueNow();
        }
    }

    @Test
    void anInstanceStuckLoadingFailsAfterFiveMinutesAndIsDestroyed() {
        sim.failures().onNextInstances(1, BootFailure.stuckLoading());
        DeploymentResponse d = deploy("jupyter-lab");
        loop.reconcileDueNow();
        long instanceId = get(d.id()).instanceId();

        runFor(Duration.ofMinutes(4));
        assertThat(get(d.id()).status()).isEqualTo(DeploymentStatus.provisioning);
        runFor(Duration.ofMinutes(2));

        DeploymentResponse failed = get(d.id());
        assertThat(failed.status()).isEqualTo(DeploymentStatus.failed);
        assertThat(failed.statusMessage()).contains("No running instance after 5 minutes");
        assertThat(failed.troubleshootingUrl()).isEqualTo("/troubleshooting#provisioning-timeout");
        assertThat(destroyedAtProvider(instanceId)).isTrue();
    }

    @Test
    void aContainerThatCannotStartFailsAtOnceWithTheProvidersReason() {
        sim.failures().onNextInstances(1, BootFailure.ociError());
        DeploymentResponse d = deploy("jupyter-lab");
        runFor(Duration.ofSeconds(40));

        DeploymentResponse failed = get(d.id());
        assertThat(failed.status()).isEqualTo(DeploymentStatus.failed);
        assertThat(failed.statusMessage()).containsIgnoringCase("oci");
        assertThat(failed.troubleshootingUrl()).endsWith("#container-failed");
        assertThat(destroyedAtProvider(failed.instanceId())).isTrue();
        assertThat(launches(d.id())).containsExactly("requested:null", "failed:container-failed");
    }

    @ParameterizedTest
    @MethodSource("hostsThatNeverRun")
    void anInstanceThatWillNeverRunFailsAndIsDestroyed(BootFailure failure, String expectedWords) {
        sim.failures().onNextInstances(1, failure);
        DeploymentResponse d = deploy("jupyter-lab");
        runFor(Duration.ofSeconds(40));

        DeploymentResponse failed = get(d.id());
        assertThat(failed.status()).isEqualTo(DeploymentStatus.failed);
        assertThat(failed.statusMessage()).containsIgnoringCase(expectedWords);
        assertThat(destroyedAtProvider(failed.instanceId())).isTrue();
    }

    static Stream<Arguments> hostsThatNeverRun() {
        return Stream.of(
                Arguments.of(BootFailure.exits(), "will not run"), Arguments.of(BootFailure.offline(), "will not run"));
    }

    @Test
    void roundRobinMovesOnFromEachDeadHostAtOnceAndListsEveryAttempt() {
        sim.failures()
                .onNextInstances(1, BootFailure.exits())
                .onNextInstances(1, BootFailure.ociError())
                .onNextInstances(1, BootFailure.offline());
        DeploymentResponse d = deploy("jupyter-lab", ProvisioningStrategy.roundrobin);

        runFor(Duration.ofMinutes(3));

        DeploymentResponse running = get(d.id());
        assertThat(running.status()).isEqualTo(DeploymentStatus.running);
        assertThat(running.strategy()).isEqualTo(ProvisioningStrategy.roundrobin);
        List<InstanceAttempt> attempts = running.attempts();
        assertThat(attempts).extracting(InstanceAttempt::outcome).containsExactly("dead", "dead", "dead", "ready");
        assertThat(attempts.get(0).reason()).contains("exited");
        assertThat(attempts.get(1).reason()).containsIgnoringCase("oci runtime create failed");
        assertThat(attempts.get(2).reason()).contains("the host reports");
        assertThat(attempts).extracting(InstanceAttempt::machineId).doesNotHaveDuplicates();
        for (InstanceAttempt dead : attempts.subList(0, 3)) {
            assertThat(destroyedAtProvider(dead.instanceId()))
                    .as("instance %d", dead.instanceId())
                    .isTrue();
            // Never seen running, so billed for its disk alone, as Vast.ai bills a host that never starts.
            assertThat(dead.gpuHours()).isZero();
            assertThat(dead.storagePerHour()).isPositive().isLessThan(dead.pricePerHour());
            double rentedHours =
                    Duration.between(dead.orderedAt(), dead.endedAt()).toMillis() / 3_600_000.0;
            assertThat(dead.costUsd()).isCloseTo(dead.storagePerHour() * rentedHours, within(1e-9));
        }
        assertThat(attempts.get(3).runningSince())
                .as("the winner's GPU is billed")
                .isNotNull();
        assertThat(running.costUsd())
                .isCloseTo(
                        attempts.stream().mapToDouble(InstanceAttempt::costUsd).sum(), within(1e-9))
                .isGreaterThan(attempts.get(3).costUsd());
        assertThat(running.instanceId()).isEqualTo(attempts.get(3).instanceId());
        assertThat(running.attempt()).isEqualTo(4);
        // Nothing else of this deployment is left running at the provider.
        assertThat(labelled(d.id())).containsExactly(running.instanceId());
    }

    @Test
    void roundRobinOrdersAgainWhenTheNextOfferIsTakenBeforeItsCreate() {
        sim.failures().onNextInstances(1, BootFailure.exits());
        DeploymentResponse d = deploy("jupyter-lab", ProvisioningStrategy.roundrobin);
        loop.reconcileDueNow();
        assertThat(get(d.id()).attempts()).hasSize(1);

        runFor(Duration.ofSeconds(25));

        // The pass that sees the host exited gives it up, and the create of the next offer finds that offer taken.
        sim.failures().takeOffersWithProbability(1.0);
        try {
            for (int i = 0; i < 20 && get(d.id()).attempts().getFirst().endedAt() == null; i++) {
                clock.advance(Duration.ofSeconds(1));
                loop.reconcileDueNow();
            }
        } finally {
            sim.failures().takeOffersWithProbability(0.0);
        }
        DeploymentResponse between = get(d.id());
        assertThat(between.status()).isEqualTo(DeploymentStatus.provisioning);
        assertThat(between.instanceId()).isNull();
        assertThat(between.attempts()).extracting(InstanceAttempt::outcome).containsExactly("dead");

        runFor(Duration.ofSeconds(40));

        DeploymentResponse running = get(d.id());
        assertThat(running.status()).isEqualTo(DeploymentStatus.running);
        assertThat(running.attempts()).extracting(InstanceAttempt::outcome).containsExactly("dead", "ready");
    }

    @Test
    void roundRobinGivesUpAnInstanceWithNoProgressPastTheAttemptDeadline() {
        sim.failures().onNextInstances(1, BootFailure.stuckLoading());
        DeploymentResponse d = deploy("jupyter-lab", ProvisioningStrategy.roundrobin);

        runFor(Duration.ofMinutes(2));
        assertThat(get(d.id()).attempts()).hasSize(1);
        runFor(Duration.ofMinutes(2));

        DeploymentResponse running = get(d.id());
        assertThat(running.status()).isEqualTo(DeploymentStatus.running);
        assertThat(running.attempts()).extracting(InstanceAttempt::outcome).containsExactly("dead", "ready");
        assertThat(running.attempts().getFirst().reason()).contains("no progress to running in 180 s");
    }

    @Test
    void roundRobinStopsAfterSixDeadHostsWithEveryOneListed() {
        sim.failures().onNextInstances(6, BootFailure.exits());
        DeploymentResponse d = deploy("jupyter-lab", ProvisioningStrategy.roundrobin);

        // Each simulated host shows it exited once its 30 s boot is over.
        runFor(Duration.ofMinutes(5));

        DeploymentResponse failed = get(d.id());
        assertThat(failed.status()).isEqualTo(DeploymentStatus.failed);
        assertThat(failed.troubleshootingUrl()).endsWith("#no-working-host");
        assertThat(failed.attempts()).hasSize(6);
        assertThat(failed.attempts()).extracting(InstanceAttempt::outcome).containsOnly("dead", "failed");
        assertThat(failed.attempts()).allMatch(a -> destroyedAtProvider(a.instanceId()));
        assertThat(labelled(d.id())).isEmpty(); // no live instance of it is left
    }

    @Test
    void raceStartsThreeHostsOnDistinctMachinesKeepsTheFirstHealthyAndDestroysTheRest() {
        sim.failures().onNextInstances(1, BootFailure.exits()).onNextInstances(1, BootFailure.stuckLoading());
        DeploymentResponse d = deploy("jupyter-lab", ProvisioningStrategy.race);

        runFor(Duration.ofSeconds(60));

        DeploymentResponse running = get(d.id());
        assertThat(running.status()).isEqualTo(DeploymentStatus.running);
        List<InstanceAttempt> racers = running.attempts();
        // The racer that exited was replaced at once by a fourth, which lost too.
        assertThat(racers).extracting(InstanceAttempt::outcome).containsExactly("dead", "lost", "ready", "lost");
        assertThat(racers).extracting(InstanceAttempt::machineId).doesNotHaveDuplicates();
        assertThat(racers.get(1).reason()).isEqualTo("lost the race to instance " + running.instanceId());
        assertThat(racers.get(1).costUsd()).isPositive();
        assertThat(running.instanceId()).isEqualTo(racers.get(2).instanceId());
        assertThat(running.endpoints()).hasSize(1);
        // Only the winner is left running; the dead racer and the losers were destroyed at once.
        assertThat(labelled(d.id())).containsExactly(running.instanceId());
        assertThat(racers)
                .filteredOn(a -> !a.outcome().equals("ready"))
                .allMatch(a -> destroyedAtProvider(a.instanceId()));
        assertThat(launches(d.id())).containsExactly("requested:null", "ready:null");
    }

    @Test
    void destroyingDuringARaceDestroysEveryRacer() {
        DeploymentResponse d = deployments.deploy(
                user, "jupyter-lab", new DeployRequest(null, null, null, Map.of(), null, ProvisioningStrategy.race, 4));
        runFor(Duration.ofSeconds(5));
        assertThat(get(d.id()).attempts()).hasSize(4);

        deployments.destroy(user, d.id());
        runFor(Duration.ofSeconds(2));

        DeploymentResponse destroyed = get(d.id());
        assertThat(destroyed.status()).isEqualTo(DeploymentStatus.destroyed);
        assertThat(destroyed.attempts()).extracting(InstanceAttempt::outcome).containsOnly("destroyed");
        assertThat(destroyed.attempts()).hasSize(4).allMatch(a -> destroyedAtProvider(a.instanceId()));
        assertThat(labelled(d.id())).isEmpty();
    }

    @Autowired
    WarmPools warmPools;

    @Test
    void serverlessTakesARunningWarmPoolMemberAtOnceAndThePoolRefills() {
        CurrentUser admin = newUser(true);
        assertThatThrownBy(() -> warmPools.configure(user, "jupyter-lab", 1))
                .hasMessageContaining("Only an administrator");
        warmPools.configure(admin, "jupyter-lab", 1);
        runFor(Duration.ofSeconds(40));
        DeploymentResponse member = deployments.list(admin).stream()
                .filter(DeploymentResponse::warmPool)
                .findFirst()
                .orElseThrow();
        assertThat(member.status()).isEqualTo(DeploymentStatus.running);
        assertThat(deployments.list(user)).isEmpty();

        DeploymentResponse taken = deployments.deploy(
                user,
                "jupyter-lab",
                new DeployRequest(null, null, null, Map.of(), null, ProvisioningStrategy.serverless));

        assertThat(taken.id()).isEqualTo(member.id());
        assertThat(taken.status()).isEqualTo(DeploymentStatus.running);
        assertThat(taken.ownerId()).isEqualTo(user.id());
        assertThat(taken.warmPool()).isFalse();
        assertThat(taken.credentials()).isNotNull(); // the new owner sees the app's secret
        warmPools.refillAll();
        runFor(Duration.ofSeconds(40));
        assertThat(warmPools.list(admin)).singleElement().satisfies(pool -> assertThat(pool.idle())
                .isEqualTo(1));

        // Settings a pooled instance was not started with: a fresh instance, by RoundRobin.
        DeploymentResponse withEnv = deployments.deploy(
                user,
                "jupyter-lab",
                new DeployRequest(null, null, null, Map.of("FOO", "bar"), null, ProvisioningStrategy.serverless));
        assertThat(withEnv.status()).isEqualTo(DeploymentStatus.pending);
        assertThat(withEnv.strategy()).isEqualTo(ProvisioningStrategy.roundrobin);

        warmPools.configure(admin, "jupyter-lab", 0);
        runFor(Duration.ofSeconds(5));
        assertThat(warmPools.list(admin)).singleElement().satisfies(pool -> {
            assertThat(pool.idle()).isZero();
            assertThat(pool.starting()).isZero();
        });
    }

    @Test
    void anOrderWhoseOffersAreAllTakenBeforeItsCreateFailsAfterEightTries() {
        sim.failures().takeOffersWithProbability(1.0);
        try {
            DeploymentResponse d = deploy("jupyter-lab");
            runFor(Duration.ofSeconds(5));

            DeploymentResponse failed = get(d.id());
            assertThat(failed.status()).isEqualTo(DeploymentStatus.failed);
            assertThat(failed.statusMessage()).isEqualTo("Every offer tried was taken before it could be rented");
            assertThat(failed.troubleshootingUrl()).endsWith("#no-offers");
            assertThat(failed.attempts()).isEmpty();
        } finally {
            sim.failures().takeOffersWithProbability(0.0);
        }
    }

    @Test
    void deployingWithoutAnOfferDefaultsToRoundRobinAndWithOneToColdstart() {
        assertThat(deployments
                        .deploy(user, "jupyter-lab", new DeployRequest(null, null, null, Map.of(), null))
                        .strategy())
                .isEqualTo(ProvisioningStrategy.roundrobin);
        // Straight from the cloud: the offers endpoint's listing is cached for a few seconds and may name a rented one.
        var spec = templates.deployable("jupyter-lab").spec();
        long picked = picker.compatible(cloud, spec, spec.diskGb(), null, OfferConstraints.NONE, 1)
                .getFirst()
                .id();
        assertThat(deployments
                        .deploy(user, "jupyter-lab", new DeployRequest(picked, null, null, Map.of(), null))
                        .strategy())
                .isEqualTo(ProvisioningStrategy.coldstart);
    }

    @Autowired
    cloud.dumont.deployment.internal.OfferPicker picker;

    @Autowired
    cloud.dumont.provider.GpuCloud cloud;

    @Autowired
    cloud.dumont.catalog.TemplateCatalog templates;

    @Test
    void providerOutagesAreRetriedWithBackoffAndTheDeploymentCarriesOn() {
        DeploymentResponse d = deploy("jupyter-lab");
        // More failures in a row than the adapter's own retries absorb: the engine must requeue, not fail.
        sim.failures().failNextCalls(6, ApiFault.serverError(502));
        loop.reconcileDueNow();
        assertThat(get(d.id()).status()).isEqualTo(DeploymentStatus.pending);
        assertThat(store.eventsAfter(d.id(), 0).stream().map(e -> e.toResponse().message()))
                .anySatisfy(m -> assertThat(m).startsWith("Provider unavailable, retrying"));

        runFor(Duration.ofSeconds(60));
        assertThat(get(d.id()).status()).isEqualTo(DeploymentStatus.running);
    }

    @Test
    void anAppThatNeverAnswersIsUnhealthyAfterTwoMinutesAndHealthChecksBackOffWithACap() {
        sim.failures().onNextInstances(1, BootFailure.appNeverAnswers());
        DeploymentResponse d = deploy("jupyter-lab");
        runFor(Duration.ofSeconds(40));
        assertThat(get(d.id()).status()).isEqualTo(DeploymentStatus.starting);

        runFor(Duration.ofSeconds(90));
        assertThat(get(d.id()).status()).isEqualTo(DeploymentStatus.starting);
        Instant next = store.find(d.id()).orElseThrow().getNextCheckAt();
        assertThat(Duration.between(clock.instant(), next)).isLessThanOrEqualTo(Duration.ofSeconds(4));

        runFor(Duration.ofSeconds(40));
        DeploymentResponse unhealthy = get(d.id());
        assertThat(unhealthy.status()).isEqualTo(DeploymentStatus.unhealthy);
        assertThat(unhealthy.troubleshootingUrl()).isEqualTo("/troubleshooting#health-timeout");
        assertThat(destroyedAtProvider(unhealthy.instanceId())).isFalse();
    }

    @Test
    void retryRentsANewInstanceUnderTheNextAttemptAndDestroysTheOldOne() {
        sim.failures().onNextInstances(1, BootFailure.appNeverAnswers());
        DeploymentResponse d = deploy("jupyter-lab");
        runFor(Duration.ofMinutes(3));
        DeploymentResponse unhealthy = get(d.id());
        assertThat(unhealthy.status()).isEqualTo(DeploymentStatus.unhealthy);

        DeploymentResponse retried = deployments.retry(user, d.id());
        assertThat(retried.status()).isEqualTo(DeploymentStatus.pending);
        assertThat(retried.attempt()).isEqualTo(2);
        runFor(Duration.ofSeconds(40));

        DeploymentResponse running = get(d.id());
        assertThat(running.status()).isEqualTo(DeploymentStatus.running);
        assertThat(running.instanceId()).isNotEqualTo(unhealthy.instanceId());
        assertThat(destroyedAtProvider(unhealthy.instanceId())).isTrue();
        assertThat(sim.instance(running.instanceId()).orElseThrow().label()).isEqualTo(Labels.of(d.id(), 2));
        // Each attempt is a launch; the unhealthy one never reached ready, the retry did (once, not per check).
        assertThat(launches(d.id())).containsExactly("requested:null", "requested:null", "ready:null");
    }

    /** The launch milestones the engine recorded for the marketplace's usage analytics, in order. */
    private List<String> launches(UUID deploymentId) {
        return jdbc.queryForList(
                "select kind || ':' || coalesce(reason_code, 'null') from template_launches"
                        + " where deployment_id = ? order by id",
                String.class,
                deploymentId);
    }

    @Test
    void onlyFailedOrUnhealthyDeploymentsCanBeRetried() {
        DeploymentResponse d = deploy("jupyter-lab");
        assertThatThrownBy(() -> deployments.retry(user, d.id()))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.getStatusCode().value()).isEqualTo(409));
    }

    @Test
    void destroyStopsBillingAndIsIdempotent() {
        DeploymentResponse d = deploy("jupyter-lab");
        runFor(Duration.ofSeconds(40));
        long instanceId = get(d.id()).instanceId();

        assertThat(deployments.destroy(user, d.id()).status()).isEqualTo(DeploymentStatus.destroying);
        loop.reconcileDueNow();
        assertThat(get(d.id()).status()).isEqualTo(DeploymentStatus.destroyed);
        assertThat(destroyedAtProvider(instanceId)).isTrue();
        assertThat(deployments.destroy(user, d.id()).status()).isEqualTo(DeploymentStatus.destroyed);
        assertThat(get(d.id()).credentials()).isNull();
    }

    @Test
    void destroyWhilePendingRentsNothing() {
        DeploymentResponse d = deploy("jupyter-lab");
        deployments.destroy(user, d.id());
        loop.reconcileDueNow();
        assertThat(get(d.id()).status()).isEqualTo(DeploymentStatus.destroyed);
        assertThat(labelled(d.id())).isEmpty();
    }

    @Test
    void theFourthLiveDeploymentOfAUserIsRefusedWith429() {
        for (int i = 0; i < 3; i++) {
            deploy("jupyter-lab");
        }
        assertThatThrownBy(() -> deploy("jupyter-lab")).isInstanceOfSatisfying(ProblemException.class, e -> assertThat(
                        e.getStatusCode().value())
                .isEqualTo(429));
    }

    @Test
    void aRestartAfterTheOrderButBeforeItsIdWasSavedAdoptsTheInstanceInsteadOfRentingASecond() {
        DeploymentResponse d = deploy("jupyter-lab");
        // The engine marked the attempt as being ordered, the order reached the provider, then the process died
        // before it could save the instance id.
        jdbc.update("update deployments set ordered_attempt = 1 where id = ?", d.id());
        long offerId = sim.offers().stream()
                .filter(o -> o.gpuRamMb() >= 24_000)
                .findFirst()
                .orElseThrow()
                .id();
        long rented = rentBehindDumontsBack(
                offerId, "quay.io/jupyter/pytorch-notebook:cuda12-2026-08-24", Labels.of(d.id(), 1));

        loop.reconcileDueNow();

        DeploymentResponse adopted = get(d.id());
        assertThat(adopted.status()).isEqualTo(DeploymentStatus.provisioning);
        assertThat(adopted.instanceId()).isEqualTo(rented);
        assertThat(labelled(d.id())).containsExactly(rented);
    }

    @Test
    void aDeploymentLeasedByACrashedReplicaIsPickedUpWhenTheLeaseExpires() {
        DeploymentResponse d = deploy("jupyter-lab");
        jdbc.update(
                "update deployments set lease_owner = 'crashed-replica', lease_until = ? where id = ?",
                java.sql.Timestamp.from(clock.instant().plus(Duration.ofMinutes(2))),
                d.id());
        assertThat(loop.reconcileDueNow()).isZero();

        clock.advance(Duration.ofMinutes(3));
        loop.reconcileDueNow();
        assertThat(get(d.id()).status()).isEqualTo(DeploymentStatus.provisioning);
        assertThat(labelled(d.id())).hasSize(1);
    }

    @Test
    void theOrphanSweeperDestroysUntrackedDumontInstancesAndSparesLiveOnes() {
        DeploymentResponse live = deploy("jupyter-lab");
        loop.reconcileDueNow();
        long liveInstance = get(live.id()).instanceId();
        long offerId = sim.offers().getFirst().id();
        long orphan = rentBehindDumontsBack(offerId, "ubuntu:22.04", Labels.of(UUID.randomUUID(), 1));
        long stranger = rentBehindDumontsBack(sim.offers().get(1).id(), "ubuntu:22.04", "someone else's job");

        assertThat(sweeper.sweep()).isEqualTo(1);

        assertThat(destroyedAtProvider(orphan)).isTrue();
        assertThat(destroyedAtProvider(liveInstance)).isFalse();
        assertThat(destroyedAtProvider(stranger)).isFalse();
    }

    @Test
    void oneSweepOfAllInstancesWakesAProvisioningDeploymentAsSoonAsItsInstanceRuns() {
        DeploymentResponse d = deploy("jupyter-lab");
        loop.reconcileDueNow();
        jdbc.update(
                "update deployments set next_check_at = ? where id = ?",
                java.sql.Timestamp.from(clock.instant().plus(Duration.ofHours(1))),
                d.id());
        clock.advance(Duration.ofSeconds(31));
        assertThat(loop.reconcileDueNow()).isZero();

        watcher.sweep();

        assertThat(store.find(d.id()).orElseThrow().getNextCheckAt()).isBeforeOrEqualTo(clock.instant());
        assertThat(loop.reconcileDueNow()).as("woken at once").isPositive();
        // Then starting and the health check, which may need another pass a moment later.
        awaitRunning(d.id());
    }

    @Autowired
    InstanceWatcher watcher;

    @Test
    void aVastAiDeploymentWaitsUntouchedWhileTheServerRunsWithoutAKey() {
        DeploymentResponse d = deploy("jupyter-lab");
        jdbc.update("update deployments set simulated = false where id = ?", d.id());

        loop.reconcileDueNow();

        assertThat(get(d.id()).status()).isEqualTo(DeploymentStatus.pending);
        assertThat(labelled(d.id())).isEmpty();
        assertThat(store.eventsAfter(d.id(), 0).getLast().toResponse().message())
                .startsWith("Waiting for VAST_API_KEY");
        jdbc.update("update deployments set status = 'failed' where id = ?", d.id());
        assertThatThrownBy(() -> deployments.retry(user, d.id()))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.getStatusCode().value()).isEqualTo(503));
        jdbc.update("update deployments set simulated = true where id = ?", d.id());
    }

    @Test
    void aGpuBelowTheTemplatesMinimumIsRefusedWith422AndNothingIsStored() {
        long before = jdbc.queryForObject("select count(*) from deployments", Long.class);
        assertThatThrownBy(
                        () -> deployments.deploy(user, "vllm", new DeployRequest(null, "RTX 3060", null, null, null)))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.getStatusCode().value()).isEqualTo(422);
                    assertThat(e.getBody().getDetail())
                            .contains("RTX 3060 has 12 GB")
                            .contains("16 GB");
                });
        assertThat(jdbc.queryForObject("select count(*) from deployments", Long.class))
                .isEqualTo(before);
    }

    @Autowired
    OrphanSweeper sweeper;

    private boolean destroyedAtProvider(long instanceId) {
        return sim.instance(instanceId).orElseThrow().destroyed();
    }

    /** Coldstart: one instance, so a dead host fails the deployment, as most tests here want to see. */
    private DeploymentResponse deploy(String slug) {
        return deploy(slug, ProvisioningStrategy.coldstart);
    }

    private DeploymentResponse deploy(String slug, ProvisioningStrategy strategy) {
        return deployments.deploy(user, slug, new DeployRequest(null, null, null, Map.of(), null, strategy));
    }

    private List<Long> labelled(UUID deploymentId) {
        return sim.instances().stream()
                .filter(i -> i.label() != null && i.label().startsWith(Labels.PREFIX + deploymentId))
                .map(InstanceState::id)
                .toList();
    }

    /** Rents an instance straight from the simulator's API, as a process that died after its order would have. */
    private long rentBehindDumontsBack(long offerId, String image, String label) {
        String body = "{\"client_id\":\"me\",\"image\":\"" + image + "\",\"disk\":20,\"runtype\":\"args\",\"label\":\""
                + label + "\"}";
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(sim.baseUrl().resolve("/api/v0/asks/" + offerId + "/"))
                                    .header("Authorization", "Bearer " + sim.apiKey())
                                    .header("Content-Type", "application/json")
                                    .PUT(HttpRequest.BodyPublishers.ofString(body))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            return Long.parseLong(answer.body().replaceAll(".*\"new_contract\":\\s*(\\d+).*", "$1"));
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
