package cloud.dumont.sim.internal.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BidDemandTest {

    private static final Instant MIDNIGHT = Instant.parse("2026-07-01T00:00:00Z");
    private static final GpuModel RTX_4090 = GpuCatalog.byName("RTX 4090").orElseThrow();

    @Test
    void theSameInstantAlwaysHasTheSameFactorAndOtherSeedsAnother() {
        Instant at = MIDNIGHT.plus(Duration.ofMinutes(437));
        assertThat(new BidDemand(7).factor(RTX_4090, at)).isEqualTo(new BidDemand(7).factor(RTX_4090, at));
        assertThat(new BidDemand(7).factor(RTX_4090, at)).isNotEqualTo(new BidDemand(8).factor(RTX_4090, at));
    }

    @Test
    void bidsFloatThroughTheDayWithinTheirBandAndPeakInTheAfternoon() {
        BidDemand demand = new BidDemand(42);
        List<Double> day = new ArrayList<>();
        for (int minutes = 0; minutes < 24 * 60; minutes += 10) {
            day.add(demand.factor(RTX_4090, MIDNIGHT.plus(Duration.ofMinutes(minutes))));
        }
        assertThat(day).allSatisfy(f -> assertThat(f).isBetween(0.78, 1.22));
        double max = day.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        double min = day.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        assertThat(max - min).isGreaterThan(0.15);
        double afternoon = demand.factor(RTX_4090, MIDNIGHT.plus(Duration.ofHours(15)));
        double night = demand.factor(RTX_4090, MIDNIGHT.plus(Duration.ofHours(3)));
        assertThat(afternoon).isGreaterThan(night);
    }

    @Test
    void pricesMoveSmoothlyWithinAnHour() {
        BidDemand demand = new BidDemand(42);
        for (int minutes = 0; minutes < 24 * 60; minutes++) {
            double now = demand.factor(RTX_4090, MIDNIGHT.plus(Duration.ofMinutes(minutes)));
            double next = demand.factor(RTX_4090, MIDNIGHT.plus(Duration.ofMinutes(minutes + 1)));
            assertThat(Math.abs(next - now)).isLessThan(0.01);
        }
    }

    @Test
    void aPricedOfferKeepsEverythingButItsBidWhichStaysUnderTheOnDemandPrice() {
        Market market = new Market(3, 200, Duration.ZERO, 0, MIDNIGHT);
        for (MarketOffer offer : market.listed()) {
            MarketOffer priced = market.pricedAt(offer, MIDNIGHT.plus(Duration.ofHours(15)));
            assertThat(priced.id()).isEqualTo(offer.id());
            assertThat(priced.dphBase()).isEqualTo(offer.dphBase());
            assertThat(priced.minBid()).isPositive().isLessThanOrEqualTo(offer.dphBase() * 0.9 + 1e-4);
        }
    }
}
