package cloud.dumont.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FailureInjectionTest {

    private static final Map<String, Object> WEB = Map.of("image", "nginx:1.27", "env", Map.of("-p 80:80", "1"));

    private final ManualClock clock = ManualClock.startingAt2026();
    private VastSimulator sim;
    private SimClient client;

    @BeforeEach
    void start() {
        sim = VastSimulator.start(TestSims.manual(clock));
        client = new SimClient(sim);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    /** Boots an instance on a fresh 4090 offer and returns its status long after it should run. */
    private Map<String, Object> bootWith(BootFailure failure) {
        long offer = client.cheapestOffer("RTX 4090");
        sim.failures().onOffer(offer, failure);
        long id = client.create(offer, WEB);
        clock.advance(TestSims.BOOT.multipliedBy(10));
        return client.show(id);
    }

    @Test
    void neverBootsStaysCreated() {
        Map<String, Object> instance = bootWith(BootFailure.neverBoots());
        assertThat(instance).containsEntry("actual_status", "created").containsEntry("intended_status", "running");
        assertThat(instance.get("ports")).isNull();
    }

    @Test
    void stuckLoadingStaysLoading() {
        assertThat(bootWith(BootFailure.stuckLoading())).containsEntry("actual_status", "loading");
    }

    @Test
    void ociErrorStaysCreatedWithTheRuntimeMessage() {
        Map<String, Object> instance = bootWith(BootFailure.ociError());
        assertThat(instance).containsEntry("actual_status", "created");
        assertThat((String) instance.get("status_msg")).contains(": OCI runtime create failed:");
    }

    @Test
    void exitsWithTheGivenMessage() {
        Map<String, Object> instance = bootWith(BootFailure.exits("Error: exec format error"));
        assertThat(instance)
                .containsEntry("actual_status", "exited")
                .containsEntry("status_msg", "Error: exec format error");
    }

    @Test
    void offlineHostsGoOffline() {
        assertThat(bootWith(BootFailure.offline())).containsEntry("actual_status", "offline");
    }

    @Test
    void anAppThatNeverAnswersStillReportsItsPorts() {
        Map<String, Object> instance = bootWith(BootFailure.appNeverAnswers());
        assertThat(instance).containsEntry("actual_status", "running");
        @SuppressWarnings("unchecked")
        Map<String, List<Map<String, String>>> ports = (Map<String, List<Map<String, String>>>) instance.get("ports");
        int port = Integer.parseInt(ports.get("80/tcp").get(0).get("HostPort"));
        assertThat(TestSims.accepts(port)).isFalse();
    }

    @Test
    void machineAndNextInstanceRulesApply() {
        sim.failures().onNextInstances(1, BootFailure.offline());
        long first = client.create(client.cheapestOffer("RTX 3090"), WEB);
        long second = client.create(client.cheapestOffer("RTX 3090"), WEB);
        Offer bad = sim.offers().get(0);
        sim.failures().onMachine(bad.machineId(), BootFailure.neverBoots());
        long third = client.create(bad.id(), WEB);
        clock.advance(TestSims.BOOT.plusSeconds(1));
        assertThat(client.show(first)).containsEntry("actual_status", "offline");
        assertThat(client.show(second)).containsEntry("actual_status", "running");
        assertThat(client.show(third)).containsEntry("actual_status", "created");
    }

    @Test
    void anOfferTakenBeforeTheCreateAnswersNoSuchAskAndLeavesTheMarket() {
        long offer = client.cheapestOffer("RTX 4090");
        sim.failures().takeOffersWithProbability(1.0);
        SimClient.Reply reply = client.put("/api/v0/asks/" + offer + "/", WEB);
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.body()).contains("no_such_ask");
        assertThat(sim.offer(offer)).isEmpty();
        assertThat(sim.instances()).isEmpty();

        sim.failures().takeOffersWithProbability(0.0);
        assertThat(client.create(client.cheapestOffer("RTX 4090"), WEB)).isPositive();
    }

    @Test
    void probabilisticFailuresRepeatWithTheSeed() {
        assertThat(failedShare(11)).isEqualTo(failedShare(11)).isBetween(3, 17);
    }

    private int failedShare(long seed) {
        ManualClock own = ManualClock.startingAt2026();
        try (VastSimulator seeded = VastSimulator.start(TestSims.manual(own).withSeed(seed))) {
            seeded.failures().withProbability(0.5, BootFailure.exits());
            SimClient c = new SimClient(seeded);
            for (int i = 0; i < 20; i++) {
                c.create(seeded.offers().get(i).id(), WEB);
            }
            own.advance(TestSims.BOOT.plusSeconds(1));
            return (int) seeded.instances().stream().filter(s -> !s.running()).count();
        }
    }

    @Test
    void theConfiguredFailureRateBreaksSomeInstances() {
        ManualClock own = ManualClock.startingAt2026();
        try (VastSimulator flaky = VastSimulator.start(TestSims.manual(own).withBootFailureRate(0.3))) {
            SimClient c = new SimClient(flaky);
            for (int i = 0; i < 30; i++) {
                c.create(flaky.offers().get(i).id(), WEB);
            }
            own.advance(TestSims.BOOT.multipliedBy(2));
            List<InstanceState> states = flaky.instances();
            assertThat(states).filteredOn(s -> !s.running()).isNotEmpty();
            assertThat(states).filteredOn(InstanceState::running).hasSizeGreaterThan(10);
        }
    }

    @Test
    void theNextCallsCanBeRateLimitedOrFailWith5xx() {
        sim.failures().failNextCalls(2, ApiFault.rateLimited(), "GET", "/api/v0/instances");
        assertThat(client.get("/api/v0/instances/").status()).isEqualTo(429);
        assertThat(client.post("/api/v0/bundles/", Map.of("limit", 1)).status()).isEqualTo(200);
        assertThat(client.get("/api/v0/instances/").status()).isEqualTo(429);
        assertThat(client.get("/api/v0/instances/").status()).isEqualTo(200);

        sim.failures().failNextCalls(1, ApiFault.serverError(503));
        SimClient.Reply unavailable = client.get("/api/v0/instances/");
        assertThat(unavailable.status()).isEqualTo(503);
        assertThat(unavailable.contentType()).startsWith("text/html");

        sim.failures().failNextCalls(1, ApiFault.serverError(500));
        assertThat(client.get("/api/v0/instances/").json()).containsEntry("error", "server_error");
    }

    @Test
    void aHangingCallTimesOutTheClient() throws Exception {
        sim.failures().failNextCalls(1, ApiFault.timeout(Duration.ofMillis(1500)));
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/api/v0/instances/"))
                .header("Authorization", "Bearer " + sim.apiKey())
                .timeout(Duration.ofMillis(300))
                .build();
        assertThatThrownBy(() -> http.send(request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(HttpTimeoutException.class);
        assertThat(client.get("/api/v0/instances/").status()).isEqualTo(200);
    }

    @Test
    void aCreateThatTimesOutMayStillHaveRentedTheInstance() {
        long offer = client.cheapestOffer("RTX 4090");
        sim.failures().failNextCalls(1, ApiFault.timeoutAfterApplying(Duration.ofMillis(200)), "PUT", "/api/v0/asks/");
        SimClient.Reply reply =
                client.put("/api/v0/asks/" + offer + "/", Map.of("image", "ubuntu:22.04", "label", "dumont:9:1"));
        assertThat(reply.status()).isEqualTo(504);
        assertThat(client.get("/api/v0/instances/").list("instances"))
                .extracting(i -> i.get("label"))
                .containsExactly("dumont:9:1");

        sim.failures().failNextCalls(1, ApiFault.serverErrorAfterApplying(502), "DELETE", null);
        long id = sim.instances().get(0).id();
        assertThat(client.delete("/api/v0/instances/" + id + "/").status()).isEqualTo(502);
        assertThat(sim.instance(id).orElseThrow().destroyed()).isTrue();
    }

    @Test
    void randomApiFaultsRepeatWithTheSeed() {
        assertThat(faultPattern(5)).isEqualTo(faultPattern(5)).contains(429).contains(200);
    }

    private List<Integer> faultPattern(long seed) {
        try (VastSimulator seeded = VastSimulator.start(
                TestSims.manual(ManualClock.startingAt2026()).withSeed(seed))) {
            seeded.failures().failCallsWithProbability(0.4, ApiFault.rateLimited());
            SimClient c = new SimClient(seeded);
            return IntStream.range(0, 20)
                    .mapToObj(i -> c.get("/api/v0/instances/").status())
                    .toList();
        }
    }
}
