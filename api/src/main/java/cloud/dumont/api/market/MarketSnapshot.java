package cloud.dumont.api.market;

import java.util.List;

/**
 * The market of one GPU model and GPU count at the latest sample. Prices are $/h for the whole offer.
 *
 * @param priceMin cheapest on-demand offer
 * @param priceP25 a quarter of the offers cost this or less
 * @param bidMin lowest interruptible minimum bid; null when no offer had one
 * @param spread how much cheaper the median interruptible price is than the median on-demand one (0.6 = 60 %)
 * @param regions for single-GPU offers, the market per region; empty for other counts
 */
public record MarketSnapshot(
        String gpuName,
        int numGpus,
        int offers,
        double priceMin,
        double priceP25,
        double priceMedian,
        Double bidMin,
        Double bidMedian,
        double reliabilityMedian,
        Double spread,
        List<RegionMarket> regions) {}
