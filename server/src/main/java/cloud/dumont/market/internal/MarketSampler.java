package cloud.dumont.market.internal;

import cloud.dumont.api.catalog.GpuModel;
import cloud.dumont.catalog.GpuCatalog;
import cloud.dumont.provider.CloudOffer;
import cloud.dumont.provider.GpuCloud;
import cloud.dumont.provider.OfferFilter;
import cloud.dumont.provider.ProviderException;
import cloud.dumont.provider.SimulatedMarketHistory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Records the market every {@code sample-interval}: one search per GPU model of every rentable offer of any GPU count
 * on verified hosts (the same floor every offer search has), spaced out to respect Vast.ai's search limit. On the
 * simulated cloud, a server with no samples of the last day first records that day from the simulator's price model,
 * marked as backfilled, so the market page has a history to draw from its first minute.
 */
@Component
public class MarketSampler {

    private static final Logger log = LoggerFactory.getLogger(MarketSampler.class);
    private static final Duration SIMULATED_SPACING = Duration.ofMillis(100);
    private static final int SAMPLE_DISK_GB = 10;

    private final GpuCloud cloud;
    private final GpuCatalog catalog;
    private final SampleStore store;
    private final Downsampler downsampler;
    private final ObjectProvider<SimulatedMarketHistory> simulatedHistory;
    private final MarketProperties properties;
    private final Clock clock;

    MarketSampler(
            GpuCloud cloud,
            GpuCatalog catalog,
            SampleStore store,
            Downsampler downsampler,
            ObjectProvider<SimulatedMarketHistory> simulatedHistory,
            MarketProperties properties,
            Clock clock) {
        this.cloud = cloud;
        this.catalog = catalog;
        this.store = store;
        this.downsampler = downsampler;
        this.simulatedHistory = simulatedHistory;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${dumont.market.sample-interval}",
            initialDelayString = "${dumont.market.initial-delay}")
    void scheduled() {
        if (!properties.enabled()) {
            return;
        }
        try {
            backfillIfEmpty();
            sample();
        } catch (RuntimeException e) {
            log.warn("Market sample skipped: {}", e.getMessage());
        }
    }

    /**
     * Searches every sampled GPU model and stores one sample. A model whose search fails is left out of this sample
     * rather than recorded as an empty market.
     *
     * @return rows written
     */
    public int sample() {
        Instant at = clock.instant();
        List<CloudOffer> offers = new ArrayList<>();
        List<String> gpus = gpus();
        for (int i = 0; i < gpus.size(); i++) {
            if (i > 0) {
                pause();
            }
            try {
                offers.addAll(cloud.searchOffers(
                        new OfferFilter(0, 0, 0, gpus.get(i), null, SAMPLE_DISK_GB, properties.offerLimit(), null)));
            } catch (ProviderException e) {
                log.warn("Market sample of {} skipped: {}", gpus.get(i), e.getMessage());
            }
        }
        List<SampleRow> rows = MarketStats.rows(at, cloud.simulated(), false, offers);
        store.insert(rows);
        downsampler.compact();
        return rows.size();
    }

    /**
     * On the simulated cloud only, and only when nothing was sampled in the backfill span: records that span at the
     * sample interval from the simulator's price model.
     *
     * @return samples backfilled
     */
    public int backfillIfEmpty() {
        SimulatedMarketHistory history = simulatedHistory.getIfAvailable();
        if (!properties.backfill() || history == null || !cloud.simulated()) {
            return 0;
        }
        Instant now = clock.instant();
        Instant start = now.minus(properties.backfillSpan());
        if (store.anySince(true, start)) {
            return 0;
        }
        Set<String> sampled = new HashSet<>(gpus());
        List<SampleRow> rows = new ArrayList<>();
        int samples = 0;
        for (Instant at = start; at.isBefore(now); at = at.plus(properties.sampleInterval())) {
            List<CloudOffer> offers = history.offersPricedAt(at).stream()
                    .filter(o -> sampled.contains(o.gpuName()))
                    .toList();
            rows.addAll(MarketStats.rows(at, true, true, offers));
            samples++;
        }
        store.insert(rows);
        log.info(
                "Simulated cloud: backfilled {} market samples of the last {} from the simulator's price model",
                samples,
                properties.backfillSpan());
        return samples;
    }

    private List<String> gpus() {
        return properties.gpus().isEmpty()
                ? catalog.all().stream().map(GpuModel::name).toList()
                : properties.gpus();
    }

    private void pause() {
        Duration spacing = cloud.simulated() ? SIMULATED_SPACING : properties.requestSpacing();
        try {
            Thread.sleep(spacing);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted between market searches", e);
        }
    }
}
