package cloud.dumont.api.market;

/**
 * One region's share of a GPU model's market (single-GPU offers).
 *
 * @param region north-america, europe, asia, oceania, south-america, africa or other, from the host's country
 */
public record RegionMarket(
        String region, int offers, double priceMin, double priceMedian, Double bidMin, Double bidMedian) {}
