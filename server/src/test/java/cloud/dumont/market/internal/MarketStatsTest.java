package cloud.dumont.market.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.dumont.provider.CloudOffer;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarketStatsTest {

    private static final Instant AT = Instant.parse("2026-07-01T12:00:00Z");

    private static CloudOffer offer(long id, String gpu, int count, double price, Double bid, String where) {
        return new CloudOffer(id, id, gpu, count, 24564, price, 0.99, where, 1000, 12.4, true, 100, bid);
    }

    @Test
    void aSampleHasOneRowPerModelAndCountAndPerRegionForSingleGpus() {
        List<SampleRow> rows = MarketStats.rows(
                AT,
                true,
                false,
                List.of(
                        offer(1, "RTX 4090", 1, 0.40, 0.20, "Texas, US"),
                        offer(2, "RTX 4090", 1, 0.60, 0.30, "Quebec, CA"),
                        offer(3, "RTX 4090", 1, 0.80, null, "Poland, PL"),
                        offer(4, "RTX 4090", 1, 1.00, 0.50, "Germany, DE"),
                        offer(5, "RTX 4090", 2, 1.20, 0.60, "Germany, DE")));

        assertThat(rows)
                .extracting(r -> r.gpuName() + "/" + r.numGpus() + "/" + r.region())
                .containsExactly("RTX 4090/1/all", "RTX 4090/1/europe", "RTX 4090/1/north-america", "RTX 4090/2/all");
        SampleRow all = rows.getFirst();
        assertThat(all.offers()).isEqualTo(4);
        assertThat(all.priceMin()).isEqualTo(0.40);
        assertThat(all.priceP25()).isEqualTo(0.55);
        assertThat(all.priceMedian()).isEqualTo(0.70);
        assertThat(all.bidMin())
                .as("offers without a bid are left out of bid figures")
                .isEqualTo(0.20);
        assertThat(all.bidMedian()).isEqualTo(0.30);
        assertThat(all.reliabilityMedian()).isEqualTo(0.99);
        assertThat(all.resolution()).isEqualTo("raw");
        assertThat(all.samples()).isEqualTo(1);
        SampleRow europe = rows.get(1);
        assertThat(europe.offers()).isEqualTo(2);
        assertThat(europe.bidMin()).isEqualTo(0.50);
    }

    @Test
    void regionsComeFromTheCountryCode() {
        assertThat(Regions.of("Hong Kong, HK")).isEqualTo("asia");
        assertThat(Regions.of("California, United States")).isEqualTo("other");
        assertThat(Regions.of("Sydney, AU")).isEqualTo("oceania");
        assertThat(Regions.of(null)).isEqualTo("other");
    }
}
