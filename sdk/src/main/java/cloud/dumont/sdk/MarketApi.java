package cloud.dumont.sdk;

import cloud.dumont.api.market.BidSuggestion;
import cloud.dumont.api.market.GpuRecommendations;
import cloud.dumont.api.market.MarketHistory;
import cloud.dumont.api.market.MarketTable;

/**
 * The spot market as the server samples it: on-demand and interruptible prices per GPU model now and over time, a
 * suggested bid with its outbid risk, and the GPU models a template fits on with live prices. Prices are $/h for the
 * whole offer. Reading needs no token.
 */
public final class MarketApi {

    private final Http http;

    MarketApi(Http http) {
        this.http = http;
    }

    /** The market at the latest sample, one row per GPU model and GPU count; no rows before the first sample. */
    public MarketTable table() {
        return table(null);
    }

    /**
     * {@link #table()} of offers of {@code numGpus} GPUs only.
     *
     * @param numGpus 1 to 16; null for every count
     */
    public MarketTable table(Integer numGpus) {
        return http.get("/api/v1/spot/market" + Query.of().add("num_gpus", numGpus), MarketTable.class);
    }

    /** The last day of a GPU model's single-GPU market, oldest point first, with a suggested interruptible bid. */
    public MarketHistory history(String gpuName) {
        return history(gpuName, MarketHistoryQuery.last24h());
    }

    /**
     * A GPU model's price history as the query asks, oldest point first, with a suggested interruptible bid. A
     * {@link DumontException} with status 404 for a model never sampled, 400 for a range or region it does not know.
     *
     * @param gpuName a GPU model as the market names it, such as {@code RTX 4090} (case does not matter)
     */
    public MarketHistory history(String gpuName, MarketHistoryQuery query) {
        return http.get("/api/v1/spot/market/" + Query.encode(gpuName) + query.queryString(), MarketHistory.class);
    }

    /**
     * A suggested bid for an interruptible instance of a GPU model, from the last 7 days of its cheapest minimum bid,
     * and the risk of being outbid at it; past prices do not promise future ones. 404 for a model never sampled.
     *
     * @param numGpus offers of this many GPUs; null for one
     * @param maxRisk the outbid risk the bid may carry (0.01–0.5); null for the server's default
     * @param bid a bid of your own in $/h to get the outbid risk of; null for none
     */
    public BidSuggestion bid(String gpuName, Integer numGpus, Double maxRisk, Double bid) {
        return http.get(
                "/api/v1/spot/market/" + Query.encode(gpuName) + "/bid"
                        + Query.of()
                                .add("num_gpus", numGpus)
                                .add("max_risk", maxRisk)
                                .add("bid", bid),
                BidSuggestion.class);
    }

    /**
     * The GPU models a template fits on, smallest memory first, each with the cheapest on-demand price and offers at
     * the latest sample and the template's measured median time to ready on it; {@code bestValue()} and
     * {@code fastest()} name the two picks. 404 for an unknown template.
     *
     * @param template an official slug ({@code jupyter-lab}) or a community template's id
     */
    public GpuRecommendations gpuRecommendations(String template) {
        return http.get(
                "/api/v1/templates/" + Query.encode(template) + "/gpu-recommendations", GpuRecommendations.class);
    }
}
