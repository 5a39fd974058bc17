package cloud.dumont.sim.internal.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class MarketTest {

    private static final Instant NOW = Instant.parse("2026-07-01T12:00:00Z");
    private static final double NOW_SECONDS = NOW.getEpochSecond();

    private static Market market(long seed) {
        return new Market(seed, 300, Duration.ofMinutes(1), 0.02, NOW);
    }

    private static List<Map<String, Object>> rendered(Market market) {
        return market.listed().stream()
                .map(o -> OfferJson.render(o, 5.0, false, "127.0.0.1", NOW_SECONDS))
                .toList();
    }

    @Test
    void sameSeedGivesTheSameOffers() {
        assertThat(rendered(market(7))).isEqualTo(rendered(market(7)));
        assertThat(rendered(market(7))).isNotEqualTo(rendered(market(8)));
    }

    @Test
    void sameSeedChurnsTheSameWay() {
        Market a = market(7);
        Market b = market(7);
        a.churnUpTo(NOW.plus(Duration.ofMinutes(5)));
        b.churnUpTo(NOW.plus(Duration.ofMinutes(5)));
        assertThat(a.listed()).isEqualTo(b.listed());
    }

    @Test
    void churnReplacesAShareOfTheOffers() {
        Market market = market(3);
        Set<Long> before = ids(market);
        market.churn(NOW);
        Set<Long> after = ids(market);
        assertThat(after).hasSize(300);
        assertThat(before.stream().filter(id -> !after.contains(id)).count()).isEqualTo(6);
    }

    @Test
    void everyModelIsListedAndTheRtx4090IsTheMostCommon() {
        Map<String, Long> byModel = market(42).listed().stream()
                .collect(Collectors.groupingBy(o -> o.gpu().name(), Collectors.counting()));
        assertThat(byModel.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        GpuCatalog.MODELS.stream().map(GpuModel::name).toList());
        assertThat(byModel.entrySet().stream()
                        .max(Map.Entry.comparingByValue())
                        .orElseThrow()
                        .getKey())
                .isEqualTo("RTX 4090");
    }

    @Test
    void pricesStayWithinTheMarketRangesAndScaleWithGpuCount() {
        for (MarketOffer offer : market(42).listed()) {
            GpuModel gpu = offer.gpu();
            double perGpu = offer.dphBase() / offer.numGpus();
            assertThat(offer.numGpus()).isIn(1, 2, 4, 8);
            assertThat(perGpu).isBetween(gpu.priceLow() * 0.9 * 0.98 - 1e-4, gpu.priceHigh() * 1.02 + 1e-4);
            assertThat(offer.minBid()).isPositive().isLessThan(offer.dphBase());
        }
    }

    @Test
    void hostsLookLikeVastHosts() {
        List<MarketOffer> offers = market(42).listed();
        assertThat(offers).extracting(o -> o.machine().verification()).contains("verified", "unverified");
        assertThat(offers).allSatisfy(o -> {
            Machine m = o.machine();
            assertThat(m.reliability()).isBetween(0.3, 1.0);
            assertThat(m.inetDown()).isBetween(50.0, 10_000.0);
            assertThat(m.place().geolocation()).matches(".+, [A-Z]{2}");
            if (m.verified()) {
                assertThat(m.reliability()).isGreaterThanOrEqualTo(0.9);
            }
        });
        assertThat(offers.stream().map(o -> o.machine().machineId()).distinct().count())
                .isEqualTo(offers.size());
        assertThat(offers.stream().map(o -> o.machine().hostId()).distinct().count())
                .isLessThan(offers.size());
    }

    @Test
    void blackwellCardsOnlyRunOnDriversThatSupportThem() {
        assertThat(market(42).listed())
                .filteredOn(o -> Set.of("RTX 5090", "B200").contains(o.gpu().name()))
                .isNotEmpty()
                .allSatisfy(o -> assertThat(o.machine().driver().cudaMaxGood()).isGreaterThanOrEqualTo(12.8));
    }

    @Test
    void offerJsonUsesVastFieldNamesAndPricesStorageIn() {
        MarketOffer offer = market(42).listed().get(0);
        Map<String, Object> json = OfferJson.render(offer, 50.0, false, "127.0.0.1", NOW_SECONDS);
        assertThat(json)
                .containsKeys(
                        "id",
                        "ask_contract_id",
                        "machine_id",
                        "host_id",
                        "gpu_name",
                        "num_gpus",
                        "gpu_ram",
                        "gpu_total_ram",
                        "cuda_max_good",
                        "driver_version",
                        "reliability",
                        "reliability2",
                        "verification",
                        "verified",
                        "rentable",
                        "rented",
                        "geolocation",
                        "inet_down",
                        "inet_up",
                        "dph_base",
                        "dph_total",
                        "min_bid",
                        "storage_cost",
                        "disk_space",
                        "direct_port_count",
                        "compute_cap",
                        "score",
                        "start_date",
                        "end_date",
                        "duration");
        double storagePerHour = 50.0 * offer.machine().storageCost() / 720;
        assertThat((double) json.get("dph_total")).isCloseTo(offer.dphBase() + storagePerHour, within());
        Map<String, Object> bid = OfferJson.render(offer, 50.0, true, "127.0.0.1", NOW_SECONDS);
        assertThat((double) bid.get("dph_base")).isEqualTo(offer.minBid());
        assertThat(bid.get("is_bid")).isEqualTo(true);
    }

    @Test
    void rentingTakesAnOfferOffTheMarketAndReleasingBringsItBack() {
        Market market = market(5);
        long id = market.listed().get(0).id();
        assertThat(market.take(id)).isPresent();
        assertThat(market.find(id)).isEmpty();
        market.churn(NOW); // churn never touches rented machines
        market.release(id);
        assertThat(market.find(id)).isPresent();
    }

    private static Offset<Double> within() {
        return Offset.offset(1e-5);
    }

    private static Set<Long> ids(Market market) {
        return market.listed().stream().map(MarketOffer::id).collect(Collectors.toSet());
    }
}
