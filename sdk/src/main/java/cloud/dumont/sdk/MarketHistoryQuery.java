package cloud.dumont.sdk;

/**
 * Which part of a GPU model's price history to read; every field is optional. Build one with {@link #last24h()} and
 * the {@code withX} methods:
 *
 * <pre>{@code
 * MarketHistoryQuery.last24h().withRange("7d").withRegion("europe").withBid(0.25)
 * }</pre>
 *
 * @param range {@code 24h} (default, raw samples), {@code 7d} or {@code 30d} (hourly means) or {@code 1y} (daily
 *     means beyond 30 days)
 * @param numGpus offers of this many GPUs (1–16, default 1)
 * @param region {@code all} (default), {@code north-america}, {@code europe}, {@code asia}, {@code oceania},
 *     {@code south-america}, {@code africa} or {@code other}
 * @param maxRisk the outbid risk the suggested bid may carry (0.01–0.5, default the server's, 0.1)
 * @param bid a bid in $/h whose outbid risk the answer should also give ({@code suggestedBid().yourBid()})
 */
public record MarketHistoryQuery(String range, Integer numGpus, String region, Double maxRisk, Double bid) {

    /** The last day of single-GPU offers in every region, with the server's suggested bid. */
    public static MarketHistoryQuery last24h() {
        return new MarketHistoryQuery(null, null, null, null, null);
    }

    /** This query over another span: {@code 24h}, {@code 7d}, {@code 30d} or {@code 1y}. */
    public MarketHistoryQuery withRange(String value) {
        return new MarketHistoryQuery(value, numGpus, region, maxRisk, bid);
    }

    /** This query, for offers of this many GPUs. */
    public MarketHistoryQuery withNumGpus(Integer value) {
        return new MarketHistoryQuery(range, value, region, maxRisk, bid);
    }

    /** This query, for one region such as {@code europe} (see {@link #region()}). */
    public MarketHistoryQuery withRegion(String value) {
        return new MarketHistoryQuery(range, numGpus, value, maxRisk, bid);
    }

    /** This query, with a suggested bid that carries at most this outbid risk (0.01–0.5). */
    public MarketHistoryQuery withMaxRisk(Double value) {
        return new MarketHistoryQuery(range, numGpus, region, value, bid);
    }

    /** This query, also asking the outbid risk of a bid of your own, in $/h. */
    public MarketHistoryQuery withBid(Double value) {
        return new MarketHistoryQuery(range, numGpus, region, maxRisk, value);
    }

    String queryString() {
        return Query.of()
                .add("range", range)
                .add("num_gpus", numGpus)
                .add("region", region)
                .add("max_risk", maxRisk)
                .add("bid", bid)
                .toString();
    }
}
