package cloud.dumont.provider.vast;

import static cloud.dumont.provider.vast.VastTestSupport.BOOT;
import static cloud.dumont.provider.vast.VastTestSupport.anyGpu;
import static cloud.dumont.provider.vast.VastTestSupport.argsOrder;
import static cloud.dumont.provider.vast.VastTestSupport.onstartOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloud.dumont.provider.CloudInstance;
import cloud.dumont.provider.CloudOffer;
import cloud.dumont.provider.InstanceState;
import cloud.dumont.provider.LaunchOrder;
import cloud.dumont.provider.OfferFilter;
import cloud.dumont.provider.ProviderException;
import cloud.dumont.provider.ProviderException.Kind;
import cloud.dumont.sim.ManualClock;
import cloud.dumont.sim.VastSimulator;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The adapter against the in-process simulator on a driven clock: the happy paths and the API's refusals. */
class VastSimulatorAdapterTest {

    private final ManualClock clock = ManualClock.startingAt2026();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private VastSimulator sim;
    private VastGpuCloud cloud;

    @BeforeEach
    void start() {
        sim = VastSimulator.start(VastTestSupport.simulator(clock));
        cloud = VastTestSupport.cloud(sim.baseUrl(), sim.apiKey(), meters);
    }

    @AfterEach
    void stop() {
        cloud.close();
        sim.close();
    }

    @Test
    void searchReturnsOnlyOffersThatMeetTheFilter() {
        List<CloudOffer> offers = cloud.searchOffers(new OfferFilter(24, 12.0, 0.95, null, 1.0, 40, 500));

        assertThat(offers).isNotEmpty().allSatisfy(offer -> {
            assertThat(offer.gpuRamMb()).isGreaterThanOrEqualTo(VastOfferQuery.minGpuRamMb(24));
            assertThat(offer.cudaMaxGood()).isGreaterThanOrEqualTo(12.0);
            assertThat(offer.reliability()).isGreaterThanOrEqualTo(0.95);
            assertThat(offer.pricePerHour()).isLessThanOrEqualTo(1.0);
            assertThat(offer.numGpus()).isEqualTo(1);
            assertThat(offer.verified()).isTrue();
            assertThat(offer.location()).matches(".+, [A-Z]{2}");
        });
        assertThat(offers).extracting(CloudOffer::gpuName).contains("RTX 4090");
    }

    @Test
    void vramFilterKeepsSmallerCardsOutAndNamedGpusIn() {
        List<CloudOffer> big = cloud.searchOffers(anyGpu(32));
        assertThat(big).isNotEmpty().extracting(CloudOffer::gpuName).doesNotContain("RTX 4090", "RTX 3090");
        assertThat(big).extracting(CloudOffer::gpuName).contains("RTX 5090");

        List<CloudOffer> named = cloud.searchOffers(new OfferFilter(24, 0, 0, "RTX 4090", null, 20, 50));
        assertThat(named).isNotEmpty().extracting(CloudOffer::gpuName).containsOnly("RTX 4090");
    }

    @Test
    void aCreatedInstanceBootsToRunningWithItsPortsMapped() {
        CloudOffer offer = cheapest("RTX 4090");
        long id = cloud.create(argsOrder(offer.id(), "dumont:d1:1"));

        CloudInstance ordered = cloud.instance(id).orElseThrow();
        assertThat(ordered.label()).isEqualTo("dumont:d1:1");
        assertThat(ordered.state()).isEqualTo(InstanceState.CREATING);
        assertThat(ordered.machineId()).isEqualTo(offer.machineId());

        advance(Duration.ofSeconds(5));
        assertThat(cloud.instance(id).orElseThrow().state()).isEqualTo(InstanceState.CREATING);
        advance(Duration.ofSeconds(15));
        assertThat(cloud.instance(id).orElseThrow().state()).isEqualTo(InstanceState.LOADING);
        advance(BOOT);

        CloudInstance running = cloud.instance(id).orElseThrow();
        assertThat(running.state()).isEqualTo(InstanceState.RUNNING);
        int hostPort = sim.instance(id).orElseThrow().hostPort(8000).orElseThrow();
        assertThat(running.ports()).containsEntry(8000, hostPort);
        assertThat(running.address(8000)).isEqualTo("127.0.0.1:" + hostPort);
        assertThat(running.gpuName()).isEqualTo("RTX 4090");
        assertThat(running.pricePerHour()).isPositive();
        assertThat(running.gpuUtilization()).isNotNull();

        var simulated = sim.instance(id).orElseThrow();
        assertThat(simulated.runtype()).isEqualTo("args");
        assertThat(simulated.env()).containsEntry("HF_TOKEN", "hf_secret").containsEntry("-p 8000:8000", "1");
    }

    @Test
    void anOnstartOrderGetsVastsSshEntrypoint() {
        long id = cloud.create(onstartOrder(cheapest("RTX 3090").id(), "dumont:d2:1"));
        advance(BOOT.plusSeconds(1));

        assertThat(sim.instance(id).orElseThrow().runtype()).isEqualTo("ssh_direc ssh_proxy");
        assertThat(cloud.instance(id).orElseThrow().ports()).containsKeys(22, 8080);
    }

    @Test
    void instancesAreFoundByLabelPrefixAcrossPages() {
        List<CloudOffer> offers = cloud.searchOffers(anyGpu(8));
        assertThat(offers).hasSizeGreaterThan(32);
        for (int i = 0; i < 30; i++) {
            cloud.create(argsOrder(offers.get(i).id(), "dumont:p:" + i));
        }
        cloud.create(argsOrder(offers.get(30).id(), "other:1"));
        cloud.create(argsOrder(offers.get(31).id(), "dumont-not:1"));

        List<CloudInstance> found = cloud.instancesLabelled("dumont:p:");

        assertThat(found).hasSize(30).allSatisfy(i -> assertThat(i.label()).startsWith("dumont:p:"));
        assertThat(found).extracting(CloudInstance::id).doesNotHaveDuplicates();
        assertThat(cloud.instancesLabelled("nobody:")).isEmpty();
    }

    @Test
    void destroyIsIdempotentAndTheInstanceIsGoneAfterwards() {
        long id = cloud.create(argsOrder(cheapest("RTX 4090").id(), "dumont:d3:1"));

        cloud.destroy(id);
        cloud.destroy(id);

        assertThat(cloud.instance(id)).isEmpty();
        assertThat(sim.instance(id).orElseThrow().destroyed()).isTrue();
        assertThat(cloud.instancesLabelled("dumont:d3:")).isEmpty();
    }

    @Test
    void aWrongKeyIsAnAuthFailureEverywhere() {
        try (VastGpuCloud wrong = VastTestSupport.cloud(sim.baseUrl(), "not-the-key", meters)) {
            long offer = cheapest("RTX 4090").id();
            assertKind(() -> wrong.instance(1), Kind.AUTH);
            assertKind(() -> wrong.create(argsOrder(offer, "dumont:x:1")), Kind.AUTH);
            assertKind(() -> wrong.instancesLabelled("dumont:"), Kind.AUTH);
            assertKind(() -> wrong.destroy(1), Kind.AUTH);
            assertKind(() -> wrong.searchOffers(anyGpu(8)), Kind.AUTH);
        }
        assertThat(sim.instances()).isEmpty();
        assertThat(meters.get(VastCalls.METRIC)
                        .tags("provider", "vast", "operation", "show", "outcome", "auth")
                        .timer()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void aTakenOrWithdrawnOfferIsGone() {
        CloudOffer offer = cheapest("RTX 4090");
        cloud.create(argsOrder(offer.id(), "dumont:d4:1"));
        assertKind(() -> cloud.create(argsOrder(offer.id(), "dumont:d4:2")), Kind.OFFER_GONE);

        CloudOffer other = cheapest("RTX 3090");
        sim.withdrawOffers(o -> o.id() == other.id());
        assertKind(() -> cloud.create(argsOrder(other.id(), "dumont:d5:1")), Kind.OFFER_GONE);
        assertThat(sim.instances()).hasSize(1);
    }

    @Test
    void anImpossibleOrderIsRejected() {
        CloudOffer offer = cheapest("RTX 4090");
        var tooBig = new LaunchOrder(
                offer.id(), "ubuntu:22.04", List.of(), null, List.of(), Map.of(), 100_000, "dumont:d6:1");
        assertKind(() -> cloud.create(tooBig), Kind.REJECTED);
        assertThat(sim.instances()).isEmpty();
    }

    @Test
    void callsAreTimedPerOperationAndOutcome() {
        long id = cloud.create(argsOrder(cheapest("RTX 4090").id(), "dumont:d7:1"));
        cloud.instance(id);
        cloud.instancesLabelled("dumont:");
        cloud.destroy(id);

        for (String operation : List.of("search", "create", "show", "list", "destroy")) {
            assertThat(meters.get(VastCalls.METRIC)
                            .tags("provider", "vast", "operation", operation, "outcome", "ok")
                            .timer()
                            .count())
                    .as(operation)
                    .isPositive();
        }
    }

    private CloudOffer cheapest(String gpuName) {
        return cloud.searchOffers(new OfferFilter(8, 0, 0, gpuName, null, 20, 100)).stream()
                .min((a, b) -> Double.compare(a.pricePerHour(), b.pricePerHour()))
                .orElseThrow();
    }

    private void advance(Duration step) {
        clock.advance(step);
        sim.refresh();
    }

    static void assertKind(ThrowingCallable call, Kind kind) {
        assertThatThrownBy(call)
                .isInstanceOf(ProviderException.class)
                .extracting(e -> ((ProviderException) e).kind())
                .isEqualTo(kind);
    }
}
