package cloud.dumont.market.internal;

import java.time.Instant;

/** One row of {@code market_samples}: the market of a GPU model, count and region at one moment or over a period. */
record SampleRow(
        Instant at,
        String resolution,
        boolean simulated,
        boolean backfilled,
        String gpuName,
        int numGpus,
        String region,
        int samples,
        double offers,
        double priceMin,
        double priceP25,
        double priceMedian,
        Double bidMin,
        Double bidMedian,
        double reliabilityMedian) {

    static final String RAW = "raw";
    static final String HOUR = "hour";
    static final String DAY = "day";

    /** The series this row belongs to. */
    record Series(boolean simulated, boolean backfilled, String gpuName, int numGpus, String region) {}

    Series series() {
        return new Series(simulated, backfilled, gpuName, numGpus, region);
    }
}
