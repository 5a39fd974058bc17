package cloud.dumont.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloud.dumont.api.market.BidSuggestion;
import cloud.dumont.api.market.MarketHistory;
import cloud.dumont.api.market.MarketPoint;
import cloud.dumont.api.market.MarketSnapshot;
import cloud.dumont.api.market.MarketTable;
import cloud.dumont.deployment.DrivenClockConfiguration;
import cloud.dumont.market.internal.MarketSampler;
import cloud.dumont.market.internal.MarketViews;
import cloud.dumont.platform.ProblemException;
import cloud.dumont.sim.ManualClock;
import cloud.dumont.sim.Offer;
import cloud.dumont.sim.VastSimulator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The sampler against the in-process simulator on one manual clock: what a sample records, how samples age into
 * hourly means, the simulated backfill, and a bid suggested from the recorded history.
 */
@SpringBootTest(
        properties = {
            "dumont.deployments.loop-enabled=false",
            "dumont.vast.simulator.rate-limited=false",
            "dumont.vast.retry.base-delay=1ms",
            "dumont.market.gpus=RTX 4090,H100 SXM",
            "dumont.market.sample-interval=20m"
        })
@ActiveProfiles("test")
@Import(DrivenClockConfiguration.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class MarketSamplerIntegrationTest {

    @Autowired
    MarketSampler sampler;

    @Autowired
    MarketViews views;

    @Autowired
    VastSimulator sim;

    @Autowired
    ManualClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void empty() {
        jdbc.update("delete from market_samples");
    }

    @Test
    void aSampleRecordsEachModelsOffersPricesAndBidsAsTheSimulatorListsThem() {
        sampler.sample();

        MarketTable table = views.table(null);
        assertThat(table.sampledAt()).isEqualTo(clock.instant());
        assertThat(table.simulated()).isTrue();
        assertThat(table.rows()).extracting(MarketSnapshot::gpuName).containsOnly("RTX 4090", "H100 SXM");
        MarketSnapshot single = table.rows().stream()
                .filter(r -> r.gpuName().equals("RTX 4090") && r.numGpus() == 1)
                .findFirst()
                .orElseThrow();
        List<Offer> listed = sim.offers().stream()
                .filter(o -> o.gpuName().equals("RTX 4090") && o.numGpus() == 1 && o.verified())
                .toList();
        assertThat(single.offers()).isEqualTo(listed.size());
        double cheapestBid = listed.stream().mapToDouble(Offer::minBid).min().orElseThrow();
        assertThat(single.bidMin()).isCloseTo(cheapestBid, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(single.priceMin()).isLessThanOrEqualTo(single.priceP25()).isLessThanOrEqualTo(single.priceMedian());
        assertThat(single.spread()).as("interruptible is cheaper").isPositive();
        assertThat(single.regions()).isNotEmpty();
        assertThat(single.regions().stream().mapToInt(r -> r.offers()).sum()).isEqualTo(single.offers());
    }

    @Test
    void samplesOlderThanADayBecomeHourlyMeans() {
        Instant start = clock.instant();
        for (int i = 0; i < 3 * 26; i++) {
            sampler.sample();
            clock.advance(Duration.ofMinutes(20));
        }
        sampler.sample();
        // now = start + 26 h: the first two hours are older than 24 h and folded, three samples an hour.
        MarketHistory history = views.history("rtx 4090", "7d", 1, "all", null, null);
        assertThat(history.gpuName()).isEqualTo("RTX 4090");
        List<MarketPoint> hourly = history.points().stream()
                .filter(p -> p.resolution().equals("hour"))
                .toList();
        assertThat(hourly).extracting(MarketPoint::at).containsExactly(start, start.plus(Duration.ofHours(1)));
        Integer folded = jdbc.queryForObject(
                "select samples from market_samples where resolution = 'hour' and gpu_name = 'RTX 4090'"
                        + " and num_gpus = 1 and region = 'all' and at = ?",
                Integer.class,
                java.time.OffsetDateTime.ofInstant(start, java.time.ZoneOffset.UTC));
        assertThat(folded).isEqualTo(3);
        assertThat(history.points().stream().filter(p -> p.resolution().equals("raw")))
                .hasSize(3 * 24 + 1)
                .allSatisfy(p -> assertThat(p.at()).isAfterOrEqualTo(start.plus(Duration.ofHours(2))));
        assertThat(views.history("RTX 4090", "24h", 1, "all", null, null).points())
                .allSatisfy(p -> assertThat(p.resolution()).isEqualTo("raw"));
    }

    @Test
    void theSuggestedBidCarriesAboutItsTargetRiskOverTheRecordedDays() {
        for (int i = 0; i < 48; i++) {
            sampler.sample();
            clock.advance(Duration.ofHours(1));
        }
        BidSuggestion bid = views.bid("RTX 4090", 1, 0.1, 0.0);
        assertThat(bid.samples()).isEqualTo(48);
        assertThat(bid.bidPerHour()).isNotNull();
        assertThat(bid.outbidRisk()).isLessThanOrEqualTo(0.1);
        assertThat(bid.bidPerHour()).isLessThan(bid.onDemandMedian());
        assertThat(bid.yourBid().outbidRisk()).isEqualTo(1.0);
        BidSuggestion riskier = views.bid("RTX 4090", 1, 0.5, null);
        assertThat(riskier.bidPerHour())
                .as("bids float through the day, so a riskier bid is cheaper")
                .isLessThan(bid.bidPerHour());
    }

    @Test
    void theSimulatedCloudBackfillsItsLastDayOnceAndMarksIt() {
        assertThat(sampler.backfillIfEmpty()).isEqualTo(72);
        assertThat(sampler.backfillIfEmpty()).as("only when the day is empty").isZero();
        sampler.sample();

        MarketHistory history = views.history("H100 SXM", "24h", 1, "all", null, null);
        assertThat(history.backfilledUntil()).isEqualTo(clock.instant().minus(Duration.ofMinutes(20)));
        assertThat(history.points()).hasSize(73);
        assertThat(history.points().getLast().backfilled()).isFalse();
        assertThat(history.points().subList(0, 72))
                .allSatisfy(p -> assertThat(p.backfilled()).isTrue());
        List<Double> bids =
                history.points().stream().map(MarketPoint::bidMin).distinct().toList();
        assertThat(bids).as("the backfilled bids float").hasSizeGreaterThan(10);
    }

    @Test
    void unknownModelsAndRangesAreProblems() {
        sampler.sample();
        assertThatThrownBy(() -> views.history("RTX 9999", "24h", 1, "all", null, null))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.getStatusCode().value()).isEqualTo(404));
        assertThatThrownBy(() -> views.history("RTX 4090", "2w", 1, "all", null, null))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.getStatusCode().value()).isEqualTo(400));
    }
}
