package cloud.dumont.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import cloud.dumont.api.deployment.DeployRequest;
import cloud.dumont.api.deployment.DeploymentResponse;
import cloud.dumont.api.deployment.DeploymentStatus;
import cloud.dumont.api.deployment.HibernationSettings;
import cloud.dumont.api.deployment.InstanceAttempt;
import cloud.dumont.api.deployment.ProvisioningStrategy;
import cloud.dumont.deployment.internal.FailoverCommands;
import cloud.dumont.deployment.internal.HibernationCommands;
import cloud.dumont.platform.ProblemException;
import cloud.dumont.sim.VastSimulator;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Auto-hibernation against the simulator on a driven clock: idle detection over the GPU and each app's own activity
 * endpoint, the warning, the stop, what it saves, and the wake.
 */
class HibernationIntegrationTest extends DrivenEngineTest {

    private static final HibernationSettings ONE_MINUTE = new HibernationSettings(true, 5, 60);

    @Autowired
    HibernationCommands hibernation;

    @Autowired
    FailoverCommands failover;

    @Test
    void anIdleDeploymentIsWarnedThenStoppedSavesItsGpuAndWakesOnTheSameInstance() {
        DeploymentResponse d = runningWithHibernation("jupyter-lab");
        long instance = d.instanceId();
        sim.setGpuUtilization(instance, 2);

        runFor(Duration.ofSeconds(50));
        DeploymentResponse warned = get(d.id());
        assertThat(warned.status()).isEqualTo(DeploymentStatus.running);
        assertThat(warned.hibernation().idleSince()).isNotNull();
        assertThat(warned.hibernation().lastSignal()).contains("GPU 2 %").contains("no Jupyter kernel busy");
        assertThat(messages(d.id())).anyMatch(m -> m.startsWith("Idle (") && m.contains("hibernating in"));

        runFor(Duration.ofSeconds(15));
        DeploymentResponse hibernated = get(d.id());
        assertThat(hibernated.status()).isEqualTo(DeploymentStatus.hibernated);
        assertThat(hibernated.instanceId()).isEqualTo(instance);
        assertThat(hibernated.endpoints()).isEmpty();
        assertThat(sim.instance(instance).orElseThrow().intendedStatus()).isEqualTo("stopped");
        InstanceAttempt stopped = hibernated.attempts().getFirst();
        assertThat(stopped.runningSince()).as("the GPU is no longer billed").isNull();

        // An hour hibernated: the disk is billed, the GPU is not, and the GPU hour is counted as saved.
        double costBefore = hibernated.costUsd();
        clock.advance(Duration.ofHours(1));
        DeploymentResponse anHourLater = get(d.id());
        double gpuPerHour = stopped.pricePerHour() - stopped.storagePerHour();
        assertThat(anHourLater.costUsd() - costBefore).isCloseTo(stopped.storagePerHour(), within(1e-6));
        assertThat(anHourLater.hibernation().savedUsd()).isCloseTo(gpuPerHour, within(gpuPerHour * 0.02));

        DeploymentResponse waking = hibernation.wake(user, d.id());
        assertThat(waking.status()).isEqualTo(DeploymentStatus.waking);
        runFor(Duration.ofSeconds(40));

        DeploymentResponse awake = get(d.id());
        assertThat(awake.status()).isEqualTo(DeploymentStatus.running);
        assertThat(awake.instanceId())
                .as("the same instance, its disk and workspace")
                .isEqualTo(instance);
        assertThat(awake.attempts()).hasSize(1);
        assertThat(awake.attempts().getFirst().runningSince())
                .as("billed again")
                .isNotNull();
        assertThat(awake.hibernation().savedUsd()).isCloseTo(gpuPerHour, within(gpuPerHour * 0.02));
        assertThat(statuses(d.id()))
                .containsSubsequence(
                        DeploymentStatus.running,
                        DeploymentStatus.hibernating,
                        DeploymentStatus.hibernated,
                        DeploymentStatus.waking,
                        DeploymentStatus.starting,
                        DeploymentStatus.running);
    }

    static Stream<Arguments> busySignals() {
        return Stream.of(
                Arguments.of("the GPU is busy", (Consumer<Fixture>) f -> f.sim.setGpuUtilization(f.instance, 80)),
                Arguments.of("a Jupyter kernel is busy", (Consumer<Fixture>) f -> {
                    f.sim.setGpuUtilization(f.instance, 0);
                    f.sim.setAppBusy(f.instance, true);
                }),
                Arguments.of("the host reports no GPU figures", (Consumer<Fixture>)
                        f -> f.sim.hideGpuUtilization(f.instance)));
    }

    record Fixture(VastSimulator sim, long instance) {}

    @ParameterizedTest(name = "{0}")
    @MethodSource("busySignals")
    void aDeploymentThatIsBusyOrNotKnownToBeIdleKeepsRunning(String why, Consumer<Fixture> busy) {
        DeploymentResponse d = runningWithHibernation("jupyter-lab");
        busy.accept(new Fixture(sim, d.instanceId()));

        runFor(Duration.ofMinutes(3));

        DeploymentResponse after = get(d.id());
        assertThat(after.status()).as(why).isEqualTo(DeploymentStatus.running);
        assertThat(after.hibernation().idleSince()).isNull();
        assertThat(messages(d.id())).noneMatch(m -> m.contains("hibernating in"));
    }

    @Test
    void eachAppsOwnActivityCounts() {
        for (String slug : List.of("comfy-ui", "vllm")) {
            DeploymentResponse d = runningWithHibernation(slug);
            sim.setGpuUtilization(d.instanceId(), 0);
            sim.setAppBusy(d.instanceId(), true);
            runFor(Duration.ofSeconds(75));
            assertThat(get(d.id()).status()).as(slug + " busy").isEqualTo(DeploymentStatus.running);
            assertThat(get(d.id()).hibernation().lastSignal()).as(slug).containsAnyOf("queued", "requests running");

            sim.setAppBusy(d.instanceId(), false);
            runFor(Duration.ofSeconds(80));
            assertThat(get(d.id()).status()).as(slug + " idle").isEqualTo(DeploymentStatus.hibernated);
            deployments.destroy(user, d.id());
            runFor(Duration.ofSeconds(2));
        }
    }

    @Test
    void offMeansItRunsHoweverIdleAndOnlyARunningDeploymentHibernatesOrAHibernatedOneWakes() {
        DeploymentResponse d = runningWithHibernation("jupyter-lab");
        sim.setGpuUtilization(d.instanceId(), 0);
        hibernation.configure(user, d.id(), new HibernationSettings(false, 5, 60));

        runFor(Duration.ofMinutes(3));
        assertThat(get(d.id()).status()).isEqualTo(DeploymentStatus.running);
        assertThatThrownBy(() -> hibernation.wake(user, d.id()))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("Only a hibernated deployment can wake");

        assertThat(hibernation.hibernate(user, d.id()).status()).isEqualTo(DeploymentStatus.hibernating);
        runFor(Duration.ofSeconds(5));
        assertThat(get(d.id()).status()).isEqualTo(DeploymentStatus.hibernated);
        assertThat(hibernation.hibernate(user, d.id()).status())
                .as("hibernating a hibernated deployment changes nothing")
                .isEqualTo(DeploymentStatus.hibernated);
        UUID stranger = UUID.randomUUID();
        assertThatThrownBy(() -> hibernation.hibernate(user, stranger))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining(stranger.toString());
    }

    @Test
    void aLostHostIsReplacedAfterItsGracePeriodAndTheTimelineSaysSo() {
        DeploymentResponse d = runningWithHibernation("jupyter-lab");
        hibernation.configure(user, d.id(), new HibernationSettings(false, 5, 60));
        failover.configure(user, d.id(), true);
        long lost = d.instanceId();

        sim.loseHost(lost);
        runFor(Duration.ofSeconds(60));
        DeploymentResponse waiting = get(d.id());
        assertThat(waiting.status()).as("inside the grace period").isEqualTo(DeploymentStatus.running);
        assertThat(messages(d.id())).anyMatch(m -> m.startsWith("Host not answering (broken"));

        runFor(Duration.ofSeconds(75));
        DeploymentResponse moved = get(d.id());
        assertThat(moved.instanceId()).isNotEqualTo(lost);
        assertThat(sim.instance(lost).orElseThrow().destroyed()).isTrue();
        assertThat(moved.attempts()).extracting(InstanceAttempt::outcome).startsWith("lost");
        assertThat(messages(d.id()))
                .anyMatch(m -> m.startsWith("Failover: its host was lost") && m.contains("fresh workspace"));
        runFor(Duration.ofSeconds(45));
        assertThat(get(d.id()).status()).isEqualTo(DeploymentStatus.running);
        assertThat(failover.list(user))
                .filteredOn(s -> s.deploymentId().equals(d.id()))
                .singleElement()
                .satisfies(s -> assertThat(s.enabled()).isTrue());
    }

    @Test
    void withoutFailoverALostHostFailsTheDeployment() {
        DeploymentResponse d = runningWithHibernation("jupyter-lab");
        sim.loseHost(d.instanceId());
        runFor(Duration.ofSeconds(20));
        assertThat(get(d.id()).status()).isEqualTo(DeploymentStatus.failed);
    }

    private DeploymentResponse runningWithHibernation(String slug) {
        DeploymentResponse d = deployments.deploy(
                user, slug, new DeployRequest(null, null, null, Map.of(), null, ProvisioningStrategy.roundrobin));
        runFor(Duration.ofSeconds(45));
        assertThat(get(d.id()).status()).as(slug).isEqualTo(DeploymentStatus.running);
        return hibernation.configure(user, d.id(), ONE_MINUTE);
    }
}
