package cloud.dumont.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cloud.dumont.api.deployment.DeployRequest;
import cloud.dumont.api.deployment.DeploymentEventResponse;
import cloud.dumont.api.deployment.DeploymentResponse;
import cloud.dumont.api.deployment.DeploymentStatus;
import cloud.dumont.api.deployment.HibernationSettings;
import cloud.dumont.api.deployment.HibernationState;
import cloud.dumont.api.deployment.InstanceAttempt;
import cloud.dumont.api.deployment.ProvisioningStrategy;
import cloud.dumont.api.deployment.WorkingHours;
import cloud.dumont.testkit.DumontServer;
import cloud.dumont.testkit.DumontServerExtension;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DumontServerExtension.class)
class DeploymentsApiTest {

    private static final Duration SETTLE = Duration.ofSeconds(60);

    @Test
    void deploySubscribeAwaitListDestroyAndRetry(DumontServer server) throws InterruptedException {
        DumontClient user = Users.signedUp(server, "Deployer");
        DeploymentsApi deployments = user.deployments();

        DeploymentResponse created = deployments.deploy("jupyter-lab", new DeployRequest(null, null, null, null, null));
        UUID id = created.id();
        try {
            assertThat(created.templateSlug()).isEqualTo("jupyter-lab");
            assertThat(created.simulated()).isTrue();
            assertThat(created.status().live()).isTrue();

            // A subscription and an await follow it at the same time, both live: neither has seen running yet.
            List<DeploymentEventResponse> live = new CopyOnWriteArrayList<>();
            List<DumontException> refused = new CopyOnWriteArrayList<>();
            CountDownLatch running = new CountDownLatch(1);
            List<DeploymentEventResponse> progress = new CopyOnWriteArrayList<>();
            DeploymentResponse settled;
            try (EventSubscription subscription = deployments.subscribe(
                    id,
                    0,
                    e -> {
                        live.add(e);
                        if (e.status() == DeploymentStatus.running) {
                            running.countDown();
                        }
                    },
                    refused::add)) {
                settled = deployments.await(id, DeploymentsApi.SETTLED, SETTLE, progress::add);
                assertThat(running.await(10, TimeUnit.SECONDS))
                        .as("the subscription saw running; got %s", live)
                        .isTrue();
                assertThat(subscription.lastSeq()).isEqualTo(live.getLast().seq());
            }
            assertThat(refused).isEmpty();
            assertThat(live).extracting(DeploymentEventResponse::seq).isSorted().doesNotHaveDuplicates();
            assertThat(live.getFirst().seq()).isEqualTo(1);
            assertThat(live).allSatisfy(e -> assertThat(e.deploymentId()).isEqualTo(id));
            List<DeploymentStatus> statuses = live.stream()
                    .filter(e -> "status".equals(e.type()))
                    .map(DeploymentEventResponse::status)
                    .toList();
            assertThat(statuses).containsSubsequence(DeploymentStatus.provisioning, DeploymentStatus.running);
            assertThat(statuses.getLast()).isEqualTo(DeploymentStatus.running);

            assertThat(settled.status()).isEqualTo(DeploymentStatus.running);
            assertThat(settled.endpoints()).isNotEmpty().allSatisfy(e -> assertThat(e.url())
                    .startsWith("http"));
            // await handed over every event once, past and live, up to running: the same the subscription saw.
            assertThat(progress)
                    .extracting(DeploymentEventResponse::seq)
                    .isSorted()
                    .doesNotHaveDuplicates();
            assertThat(progress.getLast().status()).isEqualTo(DeploymentStatus.running);
            assertThat(seqsUpToRunning(progress)).isEqualTo(seqsUpToRunning(live));

            // On a running deployment, await answers at once from the past events.
            List<DeploymentEventResponse> again = new CopyOnWriteArrayList<>();
            assertThat(deployments
                            .await(id, DeploymentsApi.SETTLED, Duration.ofSeconds(1), again::add)
                            .status())
                    .isEqualTo(DeploymentStatus.running);
            assertThat(seqsUpToRunning(again)).isEqualTo(seqsUpToRunning(live));

            List<DeploymentEventResponse> past = deployments.events(id);
            assertThat(past).extracting(DeploymentEventResponse::seq).isSorted().doesNotHaveDuplicates();
            assertThat(past)
                    .extracting(DeploymentEventResponse::seq)
                    .containsAll(live.stream().map(DeploymentEventResponse::seq).toList());

            assertThat(deployments.list()).extracting(DeploymentResponse::id).containsExactly(id);
            DeploymentResponse got = deployments.get(id);
            assertThat(got.id()).isEqualTo(id);
            assertThat(got.status()).isEqualTo(DeploymentStatus.running);
            assertThat(got.instanceId()).isNotNull();

            // Nobody else sees it: 404, not 403, so ids do not leak.
            DumontException foreign = catchThrowableOfType(
                    DumontException.class,
                    () -> Users.signedUp(server, "Stranger").deployments().get(id));
            assertThat(foreign.status()).isEqualTo(404);

            // A running deployment cannot be retried.
            DumontException notRetryable = catchThrowableOfType(DumontException.class, () -> deployments.retry(id));
            assertThat(notRetryable.status()).isEqualTo(409);
            assertThat(notRetryable.problem().detail()).contains("this one is running");
        } finally {
            DeploymentResponse destroying = deployments.destroy(id);
            assertThat(destroying.status()).isIn(DeploymentStatus.destroying, DeploymentStatus.destroyed);
        }

        // A subscription from the start replays everything and ends by itself at destroyed.
        List<DeploymentEventResponse> replay = new CopyOnWriteArrayList<>();
        try (EventSubscription subscription = deployments.subscribe(id, 0, replay::add, e -> {})) {
            assertThat(subscription.awaitEnd(SETTLE))
                    .as("ended; got %s", replay)
                    .isTrue();
        }
        assertThat(replay.getLast().status()).isEqualTo(DeploymentStatus.destroyed);
        assertThat(replay).extracting(DeploymentEventResponse::seq).isSorted().doesNotHaveDuplicates();

        DeploymentResponse destroyed = deployments.await(id, Set.of(DeploymentStatus.destroyed), SETTLE, e -> {});
        assertThat(destroyed.status()).isEqualTo(DeploymentStatus.destroyed);
        assertThat(deployments.destroy(id).status()).isEqualTo(DeploymentStatus.destroyed);

        DumontException retried = catchThrowableOfType(DumontException.class, () -> deployments.retry(id));
        assertThat(retried.status()).isEqualTo(409);
        assertThat(retried.problem().detail())
                .isEqualTo("Only a failed or unhealthy deployment can be retried; this one is destroyed");
    }

    @Test
    void aRaceListsEveryInstanceItRentedWithTheLosersCost(DumontServer server) throws InterruptedException {
        DeploymentsApi deployments = Users.signedUp(server, "Racer").deployments();

        DeploymentResponse created = deployments.deploy(
                "jupyter-lab", new DeployRequest(null, null, null, null, null, ProvisioningStrategy.race, 3));
        try {
            assertThat(created.strategy()).isEqualTo(ProvisioningStrategy.race);
            DeploymentResponse settled = deployments.await(created.id(), DeploymentsApi.SETTLED, SETTLE, e -> {});

            assertThat(settled.status()).isEqualTo(DeploymentStatus.running);
            assertThat(settled.attempts()).hasSize(3);
            assertThat(settled.attempts())
                    .extracting(InstanceAttempt::machineId)
                    .doesNotHaveDuplicates();
            InstanceAttempt winner = settled.attempts().stream()
                    .filter(a -> a.outcome().equals("ready"))
                    .findFirst()
                    .orElseThrow();
            assertThat(settled.instanceId()).isEqualTo(winner.instanceId());
            assertThat(settled.attempts()).filteredOn(a -> a != winner).allSatisfy(a -> {
                assertThat(a.outcome()).isEqualTo("lost");
                assertThat(a.reason()).isEqualTo("lost the race to instance " + winner.instanceId());
                assertThat(a.costUsd()).isPositive();
            });
        } finally {
            deployments.destroy(created.id());
        }
    }

    @Test
    void anUnknownDeploymentIs404WithTheProblemDetailEverywhere(DumontServer server) throws InterruptedException {
        DeploymentsApi deployments = Users.signedUp(server, "Lost").deployments();
        UUID unknown = UUID.randomUUID();

        DumontException get = catchThrowableOfType(DumontException.class, () -> deployments.get(unknown));
        DumontException events = catchThrowableOfType(DumontException.class, () -> deployments.events(unknown));
        DumontException destroy = catchThrowableOfType(DumontException.class, () -> deployments.destroy(unknown));

        for (DumontException e : List.of(get, events, destroy)) {
            assertThat(e.status()).isEqualTo(404);
            assertThat(e.problem().detail()).isEqualTo("Deployment " + unknown + " does not exist");
            assertThat(e.problem().title()).isEqualTo("Not found");
        }

        List<DumontException> refused = new CopyOnWriteArrayList<>();
        List<DeploymentEventResponse> received = new CopyOnWriteArrayList<>();
        try (EventSubscription subscription = deployments.subscribe(unknown, 0, received::add, refused::add)) {
            assertThat(subscription.awaitEnd(Duration.ofSeconds(10))).isTrue();
        }
        assertThat(received).isEmpty();
        assertThat(refused).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo(404);
            assertThat(e.problem().detail()).isEqualTo("Deployment " + unknown + " does not exist");
        });

        DumontException awaited = catchThrowableOfType(
                DumontException.class, () -> deployments.await(unknown, DeploymentsApi.SETTLED, SETTLE, e -> {}));
        assertThat(awaited.status()).isEqualTo(404);
    }

    @Test
    void aGpuBelowTheTemplatesMinimumIsRejected(DumontServer server) {
        DeploymentsApi deployments = Users.signedUp(server, "Too Small").deployments();

        DumontException e = catchThrowableOfType(
                DumontException.class,
                () -> deployments.deploy("vllm", new DeployRequest(null, "RTX 3060", null, null, null)));

        assertThat(e.status()).isEqualTo(422);
        assertThat(deployments.list()).isEmpty();
    }

    @Test
    void workingHoursAndARunLimitAreSetShownAndRefusedNamingTheFieldWhenWrong(DumontServer server) {
        DeploymentsApi deployments = Users.signedUp(server, "Scheduler").deployments();
        UUID id = deployments
                .deploy("jupyter-lab", new DeployRequest(null, null, null, null, null))
                .id();
        try {
            WorkingHours office = new WorkingHours(
                    "Europe/Paris",
                    List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY),
                    LocalTime.of(9, 0),
                    LocalTime.of(19, 0));
            HibernationState set = deployments
                    .hibernation(id, new HibernationSettings(false, 5, 180, office, 8 * 3600))
                    .hibernation();
            assertThat(set.workingHours()).isEqualTo(office);
            assertThat(set.maxRunSeconds()).isEqualTo(8 * 3600);
            assertThat(deployments.get(id).hibernation().workingHours()).isEqualTo(office);

            DumontException refused = catchThrowableOfType(
                    DumontException.class,
                    () -> deployments.hibernation(
                            id,
                            new HibernationSettings(
                                    true,
                                    5,
                                    180,
                                    new WorkingHours("Nowhere", office.days(), office.start(), office.end()),
                                    null)));
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.problem().errors())
                    .extracting(Problem.FieldError::field)
                    .containsExactly("working_hours.time_zone");
            assertThat(deployments.get(id).hibernation().maxRunSeconds())
                    .as("nothing changed")
                    .isEqualTo(8 * 3600);
        } finally {
            deployments.destroy(id);
        }
    }

    /** The seqs of the events up to the first that says running (later ones may race the end of a subscription). */
    private static List<Long> seqsUpToRunning(List<DeploymentEventResponse> events) {
        List<Long> seqs = new java.util.ArrayList<>();
        for (DeploymentEventResponse e : events) {
            seqs.add(e.seq());
            if (e.status() == DeploymentStatus.running) {
                return seqs;
            }
        }
        throw new AssertionError("No running event in " + events);
    }
}
