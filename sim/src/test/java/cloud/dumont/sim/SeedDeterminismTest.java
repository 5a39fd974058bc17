package cloud.dumont.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Everything random comes from the seed: two simulators with one seed behave alike. */
class SeedDeterminismTest {

    private record Run(String offers, String apiKey, List<Long> instanceIds, List<String> statusesAfter20s) {}

    private static Run run(long seed) {
        ManualClock clock = ManualClock.startingAt2026();
        SimulatorConfig config = TestSims.manual(clock)
                .withSeed(seed)
                .withBootTimes(
                        BootTimes.logNormal(Duration.ofSeconds(20), 0.8, Duration.ofSeconds(5), Duration.ofMinutes(5)));
        try (VastSimulator sim = VastSimulator.start(config)) {
            SimClient client = new SimClient(sim);
            String offers = client.post("/api/v0/bundles/", Map.of("order", List.of(List.of("id", "asc"))))
                    .body();
            List<Long> ids = sim.offers().stream()
                    .limit(5)
                    .map(o -> client.create(o.id(), Map.of("image", "ubuntu:22.04")))
                    .toList();
            clock.advance(Duration.ofSeconds(20));
            List<String> statuses = ids.stream()
                    .map(id -> String.valueOf(client.show(id).get("actual_status")))
                    .toList();
            return new Run(offers, sim.apiKey(), ids, statuses);
        }
    }

    @Test
    void sameSeedSameOffersKeyInstancesAndBootTimes() {
        Run a = run(1234);
        Run b = run(1234);
        assertThat(a).isEqualTo(b);
        assertThat(a.statusesAfter20s()).contains("running").containsAnyOf("loading", "created");
    }

    @Test
    void anotherSeedAnotherMarket() {
        assertThat(run(1).offers()).isNotEqualTo(run(2).offers());
    }

    @Test
    void churnDrivenByTheClockFollowsTheSeed() {
        assertThat(churned(99)).isEqualTo(churned(99)).isNotEqualTo(churned(100));
    }

    private static List<Long> churned(long seed) {
        ManualClock clock = ManualClock.startingAt2026();
        SimulatorConfig config = TestSims.manual(clock).withSeed(seed).withChurn(Duration.ofMinutes(1), 0.05);
        try (VastSimulator sim = VastSimulator.start(config)) {
            List<Long> before = sim.offers().stream().map(Offer::id).toList();
            clock.advance(Duration.ofMinutes(3));
            List<Long> after = sim.offers().stream().map(Offer::id).toList();
            assertThat(after).hasSameSizeAs(before).isNotEqualTo(before);
            sim.tickMarket();
            sim.withdrawOffers(o -> o.gpuName().equals("B200"));
            assertThat(sim.offers()).noneMatch(o -> o.gpuName().equals("B200"));
            Offer fresh = sim.listOffer("B200", 8);
            assertThat(sim.offer(fresh.id())).isPresent();
            return sim.offers().stream().map(Offer::id).toList();
        }
    }
}
