package cloud.dumont.provider.vast;

import static cloud.dumont.provider.vast.VastSimulatorAdapterTest.assertKind;
import static cloud.dumont.provider.vast.VastTestSupport.BOOT;
import static cloud.dumont.provider.vast.VastTestSupport.argsOrder;
import static org.assertj.core.api.Assertions.assertThat;

import cloud.dumont.provider.CloudInstance;
import cloud.dumont.provider.CloudOffer;
import cloud.dumont.provider.InstanceState;
import cloud.dumont.provider.OfferFilter;
import cloud.dumont.provider.ProviderException.Kind;
import cloud.dumont.sim.ApiFault;
import cloud.dumont.sim.BootFailure;
import cloud.dumont.sim.ManualClock;
import cloud.dumont.sim.VastSimulator;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The adapter against the simulator's injected API faults and boot failures. */
class VastSimulatorFailuresTest {

    private final ManualClock clock = ManualClock.startingAt2026();
    private VastSimulator sim;
    private VastGpuCloud cloud;

    @BeforeEach
    void start() {
        sim = VastSimulator.start(VastTestSupport.simulator(clock));
        // Short enough that a hanging create times out quickly; long enough for any honest answer.
        cloud = new VastGpuCloud(
                VastTestSupport.properties(sim.baseUrl(), sim.apiKey(), Duration.ofSeconds(1)),
                new SimpleMeterRegistry(),
                false);
    }

    @AfterEach
    void stop() {
        cloud.close();
        sim.close();
    }

    @Test
    void rateLimitsAndServerErrorsAreRetriedUntilTheCallSucceeds() {
        sim.failures().failNextCalls(2, ApiFault.rateLimited(), "POST", "/api/v0/bundles/");
        CloudOffer offer = offer();

        sim.failures().failNextCalls(2, ApiFault.rateLimited(), "PUT", "/api/v0/asks/");
        long id = cloud.create(argsOrder(offer.id(), "dumont:r:1"));
        assertThat(sim.instances()).hasSize(1);

        sim.failures().failNextCalls(1, ApiFault.serverError(503), "GET", "/api/v0/instances/");
        sim.failures().failNextCalls(1, ApiFault.serverError(500), "GET", "/api/v0/instances/");
        sim.failures().failNextCalls(1, ApiFault.serverError(502), "GET", "/api/v0/instances/");
        assertThat(cloud.instance(id)).isPresent();

        sim.failures().failNextCalls(2, ApiFault.serverError(504), "DELETE", "/api/v0/instances/");
        cloud.destroy(id);
        assertThat(sim.instances()).isEmpty();
    }

    @Test
    void aFaultThatOutlastsTheAttemptsIsTransient() {
        sim.failures().failNextCalls(10, ApiFault.rateLimited(), "GET", "/api/v0/instances/");
        assertKind(() -> cloud.instance(1), Kind.TRANSIENT);
    }

    @Test
    void aCreateThatTimedOutAfterRentingDoesNotRentTwice() {
        CloudOffer offer = offer();
        sim.failures().failNextCalls(1, ApiFault.timeoutAfterApplying(Duration.ofSeconds(3)), "PUT", "/api/v0/asks/");

        long id = cloud.create(argsOrder(offer.id(), "dumont:t:1"));

        assertThat(sim.instances()).singleElement().satisfies(i -> {
            assertThat(i.id()).isEqualTo(id);
            assertThat(i.label()).isEqualTo("dumont:t:1");
        });
    }

    @Test
    void aCreateAnsweredWithA5xxAfterRentingDoesNotRentTwice() {
        CloudOffer offer = offer();
        sim.failures().failNextCalls(1, ApiFault.serverErrorAfterApplying(502), "PUT", "/api/v0/asks/");

        long id = cloud.create(argsOrder(offer.id(), "dumont:t:2"));

        assertThat(sim.instances()).singleElement().extracting(i -> i.id()).isEqualTo(id);
    }

    @Test
    void aCreateThatTimedOutWithoutRentingIsTriedAgain() {
        CloudOffer offer = offer();
        sim.failures().failNextCalls(1, ApiFault.timeout(Duration.ofSeconds(3)), "PUT", "/api/v0/asks/");
        sim.failures().failNextCalls(1, ApiFault.serverError(503), "PUT", "/api/v0/asks/");

        long id = cloud.create(argsOrder(offer.id(), "dumont:t:3"));

        assertThat(sim.instances()).singleElement().extracting(i -> i.id()).isEqualTo(id);
    }

    @Test
    void aLabelLookUpThatFailsIsTriedAgainBeforeTheCreate() {
        CloudOffer offer = offer();
        sim.failures().failNextCalls(1, ApiFault.serverErrorAfterApplying(500), "PUT", "/api/v0/asks/");
        sim.failures().failNextCalls(1, ApiFault.rateLimited(), "GET", "/api/v1/instances/");

        long id = cloud.create(argsOrder(offer.id(), "dumont:t:4"));

        assertThat(sim.instances()).singleElement().extracting(i -> i.id()).isEqualTo(id);
    }

    @Test
    void containerFailuresAreBroken() {
        assertThat(bootWith(BootFailure.ociError()).state()).isEqualTo(InstanceState.BROKEN);
        assertThat(bootWith(BootFailure.ociError()).statusMessage()).contains("OCI runtime create failed");
        assertThat(bootWith(BootFailure.exits()).state()).isEqualTo(InstanceState.BROKEN);
        assertThat(bootWith(BootFailure.exits("Error: exec format error")).state())
                .isEqualTo(InstanceState.BROKEN);
        assertThat(bootWith(BootFailure.offline()).state()).isEqualTo(InstanceState.BROKEN);
    }

    @Test
    void slowBootsAreNotBroken() {
        // Only the engine's deadline can tell "stuck" from "slow"; the adapter reports where the instance is.
        assertThat(bootWith(BootFailure.neverBoots()).state()).isEqualTo(InstanceState.CREATING);
        assertThat(bootWith(BootFailure.stuckLoading()).state()).isEqualTo(InstanceState.LOADING);
        CloudInstance silent = bootWith(BootFailure.appNeverAnswers());
        assertThat(silent.state()).isEqualTo(InstanceState.RUNNING);
        assertThat(silent.ports()).containsKey(8000);
    }

    private int booted;

    /** Boots an instance on a fresh offer planned to fail this way, and reads it long after it should run. */
    private CloudInstance bootWith(BootFailure failure) {
        CloudOffer offer = offer();
        sim.failures().onOffer(offer.id(), failure);
        long id = cloud.create(argsOrder(offer.id(), "dumont:b:" + booted++));
        clock.advance(BOOT.multipliedBy(10));
        sim.refresh();
        return cloud.instance(id).orElseThrow();
    }

    private CloudOffer offer() {
        return cloud.searchOffers(new OfferFilter(24, 0, 0, null, null, 20, 1)).getFirst();
    }
}
