package cloud.dumont.market.internal;

import cloud.dumont.api.market.BidSuggestion;
import cloud.dumont.api.market.MarketHistory;
import cloud.dumont.api.market.MarketPoint;
import cloud.dumont.api.market.MarketSnapshot;
import cloud.dumont.api.market.MarketTable;
import cloud.dumont.api.market.RegionMarket;
import cloud.dumont.platform.ProblemException;
import cloud.dumont.provider.GpuCloud;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The market as the API shows it: the latest sample as a table, a model's history and a suggested bid. */
@Service
public class MarketViews {

    /** The spans a history may cover. */
    private static final Map<String, Duration> RANGES = Map.of(
            "24h", Duration.ofHours(24),
            "7d", Duration.ofDays(7),
            "30d", Duration.ofDays(30),
            "1y", Duration.ofDays(365));

    private final SampleStore store;
    private final GpuCloud cloud;
    private final MarketProperties properties;
    private final Clock clock;

    MarketViews(SampleStore store, GpuCloud cloud, MarketProperties properties, Clock clock) {
        this.store = store;
        this.cloud = cloud;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public MarketTable table(Integer numGpus) {
        boolean simulated = cloud.simulated();
        Optional<Instant> latest = store.latestSample(simulated);
        if (latest.isEmpty()) {
            return new MarketTable(null, simulated, List.of());
        }
        List<SampleRow> rows = store.sampleAt(simulated, latest.get());
        Map<String, List<SampleRow>> regions = rows.stream()
                .filter(r -> r.numGpus() == 1 && !r.region().equals(Regions.ALL))
                .collect(Collectors.groupingBy(SampleRow::gpuName));
        List<MarketSnapshot> snapshots = rows.stream()
                .filter(r -> r.region().equals(Regions.ALL))
                .filter(r -> numGpus == null || r.numGpus() == numGpus)
                .map(r -> snapshot(r, regions.getOrDefault(r.gpuName(), List.of())))
                .toList();
        return new MarketTable(latest.get(), simulated, snapshots);
    }

    @Transactional(readOnly = true)
    public MarketHistory history(String gpu, String range, int numGpus, String region, Double maxRisk, Double bid) {
        Duration span = RANGES.get(range);
        if (span == null) {
            throw ProblemException.badRequest("range must be one of 24h, 7d, 30d or 1y");
        }
        String name = known(gpu);
        boolean simulated = cloud.simulated();
        Instant now = clock.instant();
        List<SampleRow> rows = store.series(simulated, name, numGpus, region, now.minus(span));
        List<MarketPoint> points = rows.stream().map(MarketViews::point).toList();
        Instant backfilledUntil = rows.stream()
                .filter(SampleRow::backfilled)
                .map(SampleRow::at)
                .max(Instant::compareTo)
                .orElse(null);
        return new MarketHistory(
                name,
                numGpus,
                region,
                range,
                simulated,
                backfilledUntil,
                points,
                suggestBid(name, numGpus, maxRisk, bid));
    }

    /** The suggested bid from the bid window's history of the model's cheapest minimum bid (all regions). */
    @Transactional(readOnly = true)
    public BidSuggestion bid(String gpu, int numGpus, Double maxRisk, Double bid) {
        return suggestBid(known(gpu), numGpus, maxRisk, bid);
    }

    private BidSuggestion suggestBid(String name, int numGpus, Double maxRisk, Double bid) {
        Duration window = properties.bidWindow();
        List<SampleRow> rows = store.series(
                cloud.simulated(), name, numGpus, Regions.ALL, clock.instant().minus(window));
        List<BidAdvisor.Observation> observed = rows.stream()
                .filter(r -> r.bidMin() != null)
                .map(r -> new BidAdvisor.Observation(r.bidMin(), r.samples()))
                .toList();
        List<Double> onDemand =
                rows.stream().map(SampleRow::priceMedian).sorted().toList();
        return BidAdvisor.suggest(
                name,
                numGpus,
                (int) window.toHours(),
                maxRisk == null ? properties.bidTargetRisk() : maxRisk,
                observed,
                onDemand.isEmpty() ? null : Percentiles.round(Percentiles.of(onDemand, 0.5)),
                bid);
    }

    private String known(String gpu) {
        return store.knownGpu(cloud.simulated(), gpu)
                .orElseThrow(() -> ProblemException.notFound("Market history of GPU model '" + gpu.strip() + "'"));
    }

    private static MarketSnapshot snapshot(SampleRow r, List<SampleRow> regions) {
        List<RegionMarket> byRegion = new ArrayList<>();
        if (r.numGpus() == 1) {
            regions.forEach(g -> byRegion.add(new RegionMarket(
                    g.region(),
                    (int) Math.round(g.offers()),
                    g.priceMin(),
                    g.priceMedian(),
                    g.bidMin(),
                    g.bidMedian())));
        }
        Double spread = r.bidMedian() == null || r.priceMedian() <= 0
                ? null
                : Math.round((1 - r.bidMedian() / r.priceMedian()) * 1000) / 1000.0;
        return new MarketSnapshot(
                r.gpuName(),
                r.numGpus(),
                (int) Math.round(r.offers()),
                r.priceMin(),
                r.priceP25(),
                r.priceMedian(),
                r.bidMin(),
                r.bidMedian(),
                r.reliabilityMedian(),
                spread,
                byRegion);
    }

    private static MarketPoint point(SampleRow r) {
        return new MarketPoint(
                r.at(),
                r.resolution(),
                r.offers(),
                r.priceMin(),
                r.priceP25(),
                r.priceMedian(),
                r.bidMin(),
                r.bidMedian(),
                r.reliabilityMedian(),
                r.backfilled());
    }
}
