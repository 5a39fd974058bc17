package cloud.dumont.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cloud.dumont.api.market.GpuRecommendation;
import cloud.dumont.api.market.GpuRecommendations;
import cloud.dumont.api.market.MarketHistory;
import cloud.dumont.api.market.MarketPoint;
import cloud.dumont.api.market.MarketSnapshot;
import cloud.dumont.api.market.MarketTable;
import cloud.dumont.testkit.DumontServer;
import cloud.dumont.testkit.DumontServerExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The simulated cloud's spot market, as the test server samples it (its past day backfilled at start). */
@ExtendWith(DumontServerExtension.class)
class MarketApiTest {

    @Test
    void theTableHasARowPerGpuModelAndCount(DumontServer server) throws InterruptedException {
        MarketTable table = sampled(Users.anonymous(server).market());

        assertThat(table.simulated()).isTrue();
        assertThat(table.rows()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.offers()).isPositive();
            assertThat(r.priceMin()).isPositive().isLessThanOrEqualTo(r.priceMedian());
        });
        MarketTable single = Users.anonymous(server).market().table(1);
        assertThat(single.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.numGpus())
                .isEqualTo(1));
        assertThat(single.rows()).anySatisfy(r -> assertThat(r.regions()).isNotEmpty());
    }

    @Test
    void aGpuModelsHistoryComesOldestFirstWithASuggestedBid(DumontServer server) throws InterruptedException {
        MarketApi market = Users.anonymous(server).market();
        String gpu = cheapestSingleGpu(sampled(market)).gpuName();

        MarketHistory day = market.history(gpu.toLowerCase(Locale.ROOT));

        assertThat(day.gpuName()).isEqualTo(gpu);
        assertThat(day.range()).isEqualTo("24h");
        assertThat(day.numGpus()).isEqualTo(1);
        assertThat(day.region()).isEqualTo("all");
        assertThat(day.simulated()).isTrue();
        assertThat(day.points())
                .hasSizeGreaterThan(1)
                .extracting(MarketPoint::at)
                .isSorted();
        assertThat(day.points().getFirst().at()).isAfter(Instant.now().minus(Duration.ofHours(25)));
        assertThat(day.suggestedBid().gpuName()).isEqualTo(gpu);
        assertThat(day.suggestedBid().targetRisk()).isEqualTo(0.1);
        assertThat(day.suggestedBid().yourBid()).isNull();

        MarketHistory week = market.history(
                gpu,
                MarketHistoryQuery.last24h().withRange("7d").withMaxRisk(0.2).withBid(0.01));
        assertThat(week.range()).isEqualTo("7d");
        assertThat(week.suggestedBid().targetRisk()).isEqualTo(0.2);
        assertThat(week.suggestedBid().yourBid().bidPerHour()).isEqualTo(0.01);
        assertThat(week.suggestedBid().yourBid().outbidRisk()).isBetween(0.0, 1.0);
        assertThat(market.bid(gpu, null, null, null).gpuName()).isEqualTo(gpu);

        DumontException unknown = catchThrowableOfType(DumontException.class, () -> market.history("Voodoo 5 6000"));
        assertThat(unknown.status()).isEqualTo(404);
        DumontException badRange = catchThrowableOfType(
                DumontException.class,
                () -> market.history(gpu, MarketHistoryQuery.last24h().withRange("2w")));
        assertThat(badRange.status()).isEqualTo(400);
        assertThat(badRange.getMessage()).contains("24h, 7d, 30d or 1y");
    }

    @Test
    void aTemplatesGpuRecommendationsMarkTheBestValue(DumontServer server) throws InterruptedException {
        MarketApi market = Users.anonymous(server).market();
        sampled(market);

        GpuRecommendations jupyter = market.gpuRecommendations("jupyter-lab");

        assertThat(jupyter.templateSlug()).isEqualTo("jupyter-lab");
        assertThat(jupyter.simulated()).isTrue();
        assertThat(jupyter.gpus()).isNotEmpty().allSatisfy(g -> assertThat(g.vramGb())
                .isGreaterThanOrEqualTo(jupyter.minVramGb()));
        assertThat(jupyter.gpus()).extracting(GpuRecommendation::vramGb).isSorted();
        assertThat(jupyter.bestValue()).isNotNull();
        assertThat(jupyter.gpus())
                .filteredOn(GpuRecommendation::bestValue)
                .singleElement()
                .satisfies(g -> {
                    assertThat(g.gpuName()).isEqualTo(jupyter.bestValue());
                    assertThat(g.pricePerHour()).isNotNull();
                });
        DumontException unknown =
                catchThrowableOfType(DumontException.class, () -> market.gpuRecommendations("no-such-template"));
        assertThat(unknown.status()).isEqualTo(404);
    }

    /** The table once the sampler has run (a few seconds after start). */
    static MarketTable sampled(MarketApi market) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        MarketTable table = market.table();
        while (table.sampledAt() == null || table.rows().isEmpty()) {
            assertThat(Instant.now()).as("the market was sampled in time").isBefore(deadline);
            Thread.sleep(250);
            table = market.table();
        }
        return table;
    }

    private static MarketSnapshot cheapestSingleGpu(MarketTable table) {
        return table.rows().stream()
                .filter(r -> r.numGpus() == 1)
                .min(Comparator.comparingDouble(MarketSnapshot::priceMin))
                .orElseThrow();
    }
}
