package cloud.dumont.api.market;

import java.time.Instant;

/**
 * The market of a GPU model at one moment. A point of resolution hour or day holds the means of each statistic over
 * the samples of that hour or day.
 *
 * @param resolution raw (one sample), hour or day
 * @param offers offers available (a mean for hour and day points)
 * @param backfilled true for points of the simulator's price model, recorded before this server sampled anything
 */
public record MarketPoint(
        Instant at,
        String resolution,
        double offers,
        double priceMin,
        double priceP25,
        double priceMedian,
        Double bidMin,
        Double bidMedian,
        double reliabilityMedian,
        boolean backfilled) {}
