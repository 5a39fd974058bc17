package cloud.dumont.market.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Folds aging samples into coarser rows: raw samples older than the raw retention into hourly rows, hourly rows older
 * than the hourly retention into daily rows (kept for good: a few hundred rows a day). A folded row holds the mean of
 * each statistic weighted by the samples each row stands for, so the mean minimum price of an hour is the typical
 * cheapest price during that hour, not its lowest moment. Only whole hours (days) are folded, so a bucket is never
 * split across two folds.
 */
@Component
class Downsampler {

    private final SampleStore store;
    private final MarketProperties properties;
    private final Clock clock;

    Downsampler(SampleStore store, MarketProperties properties, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    /** @return rows removed by folding */
    @Transactional
    public int compact() {
        Instant now = clock.instant();
        int folded = fold(SampleRow.RAW, SampleRow.HOUR, cutoff(now, properties.rawRetention(), ChronoUnit.HOURS));
        folded += fold(SampleRow.HOUR, SampleRow.DAY, cutoff(now, properties.hourlyRetention(), ChronoUnit.DAYS));
        return folded;
    }

    private static Instant cutoff(Instant now, Duration retention, ChronoUnit unit) {
        return now.minus(retention).truncatedTo(unit);
    }

    private int fold(String from, String to, Instant cutoff) {
        List<SampleRow> old = store.olderThan(from, cutoff);
        if (old.isEmpty()) {
            return 0;
        }
        ChronoUnit unit = to.equals(SampleRow.HOUR) ? ChronoUnit.HOURS : ChronoUnit.DAYS;
        Map<Bucket, List<SampleRow>> buckets = new LinkedHashMap<>();
        for (SampleRow row : old) {
            buckets.computeIfAbsent(new Bucket(row.at().truncatedTo(unit), row.series()), b -> new ArrayList<>())
                    .add(row);
        }
        List<SampleRow> folded = new ArrayList<>();
        buckets.forEach((bucket, rows) -> folded.add(mean(bucket, to, rows)));
        store.deleteOlderThan(from, cutoff);
        store.insert(folded);
        return old.size();
    }

    private record Bucket(Instant start, SampleRow.Series series) {}

    static SampleRow mean(Bucket bucket, String resolution, List<SampleRow> rows) {
        SampleRow.Series s = bucket.series();
        int samples = rows.stream().mapToInt(SampleRow::samples).sum();
        return new SampleRow(
                bucket.start(),
                resolution,
                s.simulated(),
                s.backfilled(),
                s.gpuName(),
                s.numGpus(),
                s.region(),
                samples,
                Math.round(weighted(rows, SampleRow::offers) * 100) / 100.0,
                Percentiles.round(weighted(rows, SampleRow::priceMin)),
                Percentiles.round(weighted(rows, SampleRow::priceP25)),
                Percentiles.round(weighted(rows, SampleRow::priceMedian)),
                weightedNullable(rows, true),
                weightedNullable(rows, false),
                Percentiles.round(weighted(rows, SampleRow::reliabilityMedian)));
    }

    private static double weighted(List<SampleRow> rows, ToDoubleFunction<SampleRow> value) {
        double sum = 0;
        int weight = 0;
        for (SampleRow r : rows) {
            sum += value.applyAsDouble(r) * r.samples();
            weight += r.samples();
        }
        return sum / weight;
    }

    /** Over the rows that had bids at all; null when none had. */
    private static Double weightedNullable(List<SampleRow> rows, boolean min) {
        double sum = 0;
        int weight = 0;
        for (SampleRow r : rows) {
            Double v = min ? r.bidMin() : r.bidMedian();
            if (v != null) {
                sum += v * r.samples();
                weight += r.samples();
            }
        }
        return weight == 0 ? null : Percentiles.round(sum / weight);
    }
}
