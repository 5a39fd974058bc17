package cloud.dumont.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import cloud.dumont.api.deployment.DeployRequest;
import cloud.dumont.api.deployment.DeploymentResponse;
import cloud.dumont.api.deployment.DeploymentStatus;
import cloud.dumont.api.deployment.InstanceAttempt;
import cloud.dumont.api.deployment.ProvisioningStrategy;
import cloud.dumont.platform.ProblemException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Interruptible deployments against the simulator on a driven clock: ordered with a bid, and rented again elsewhere at
 * the same bid when a higher bid takes the GPU (Vast.ai stops the instance), until the market has clearly moved on.
 */
class InterruptibleDeploymentIntegrationTest extends DrivenEngineTest {

    /** Above every simulated minimum bid, so any compatible offer takes it. */
    private static final double BID = 5.0;

    @Test
    void anInterruptibleDeploymentRentsWithItsBidAndIsBilledAtIt() {
        DeploymentResponse d = deployInterruptible();
        runFor(Duration.ofSeconds(45));

        DeploymentResponse running = get(d.id());
        assertThat(running.status()).isEqualTo(DeploymentStatus.running);
        assertThat(running.bidPerHour()).isEqualTo(BID);
        InstanceAttempt attempt = running.attempts().getFirst();
        assertThat(attempt.pricePerHour()).isCloseTo(BID + attempt.storagePerHour(), within(1e-9));
        assertThat(sim.instance(running.instanceId()).orElseThrow().dphTotal())
                .as("the simulator bills the instance at the bid")
                .isCloseTo(attempt.pricePerHour(), within(1e-6));
        assertThat(running.statusMessage()).isEqualTo("JupyterLab is ready");
        assertThat(messages(d.id())).anyMatch(m -> m.contains("interruptible, bid $5.0/h"));
    }

    @Test
    void anOutbidDeploymentIsRentedAgainElsewhereAtTheSameBid() {
        DeploymentResponse d = deployInterruptible();
        runFor(Duration.ofSeconds(45));
        long first = get(d.id()).instanceId();

        sim.outbid(first);
        runFor(Duration.ofSeconds(16)); // a running deployment's instance is looked at every 15 s

        DeploymentResponse recovering = get(d.id());
        assertThat(recovering.status()).isEqualTo(DeploymentStatus.provisioning);
        assertThat(recovering.instanceId()).isNotEqualTo(first);
        assertThat(sim.instance(first).orElseThrow().destroyed())
                .as("the stopped instance is destroyed: its disk would be billed on")
                .isTrue();
        runFor(Duration.ofSeconds(45));

        DeploymentResponse again = get(d.id());
        assertThat(again.status()).isEqualTo(DeploymentStatus.running);
        assertThat(again.attempts()).extracting(InstanceAttempt::outcome).containsExactly("outbid", "ready");
        InstanceAttempt lost = again.attempts().getFirst();
        assertThat(lost.reason()).contains("stopped");
        assertThat(lost.costUsd()).isPositive();
        assertThat(again.attempts().get(1).pricePerHour())
                .isCloseTo(BID + again.attempts().get(1).storagePerHour(), within(1e-9));
        assertThat(messages(d.id())).anyMatch(m -> m.startsWith("Outbid:") && m.contains("renting another GPU"));
        assertThat(store.eventsAfter(d.id(), 0).stream()
                        .map(e -> e.toResponse().status())
                        .filter(s -> s != null)
                        .toList())
                .containsSubsequence(
                        DeploymentStatus.running,
                        DeploymentStatus.provisioning,
                        DeploymentStatus.starting,
                        DeploymentStatus.running);
    }

    @Test
    void fiveOutbidsInARowFailTheDeploymentAndLeaveNothingRented() {
        DeploymentResponse d = deployInterruptible();
        for (int i = 0; i < 5; i++) {
            runFor(Duration.ofSeconds(2));
            Long instance = get(d.id()).instanceId();
            assertThat(instance).as("outbid %d", i + 1).isNotNull();
            sim.outbid(instance);
        }
        runFor(Duration.ofSeconds(2));

        DeploymentResponse failed = get(d.id());
        assertThat(failed.status()).isEqualTo(DeploymentStatus.failed);
        assertThat(failed.troubleshootingUrl()).endsWith("#outbid");
        assertThat(failed.statusMessage()).contains("Outbid 5 times in a row");
        assertThat(failed.attempts()).hasSize(5);
        assertThat(failed.attempts()).allSatisfy(a -> assertThat(
                        sim.instance(a.instanceId()).orElseThrow().destroyed())
                .isTrue());
    }

    @Test
    void aBidUnderThePickedOffersMinimumIsRefusedAndNothingIsStored() {
        var offer = sim.offers().stream()
                .filter(o -> o.minBid() > 0.01 && o.gpuRamMb() >= 16_000)
                .findFirst()
                .orElseThrow();
        int before = deployments.list(user).size();

        assertThatThrownBy(() -> deployments.deploy(
                        user,
                        "jupyter-lab",
                        new DeployRequest(offer.id(), null, null, Map.of(), null, null, null, offer.minBid() / 2)))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("under offer " + offer.id() + "'s minimum bid");
        assertThatThrownBy(() -> deployments.deploy(
                        user,
                        "jupyter-lab",
                        new DeployRequest(
                                null, null, null, Map.of(), null, ProvisioningStrategy.serverless, null, BID)))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("Serverless");
        assertThat(deployments.list(user)).hasSize(before);
    }

    private DeploymentResponse deployInterruptible() {
        return deployments.deploy(
                user,
                "jupyter-lab",
                new DeployRequest(null, null, null, Map.of(), null, ProvisioningStrategy.roundrobin, null, BID));
    }
}
