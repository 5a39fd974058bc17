package cloud.dumont.api.market;

import java.time.Instant;
import java.util.List;

/**
 * A GPU model's market over time, oldest first.
 *
 * @param range the span asked for: 24h, 7d, 30d or 1y
 * @param backfilledUntil when the simulator's backfilled past ends and sampled points begin; null when nothing in the
 *     range is backfilled
 */
public record MarketHistory(
        String gpuName,
        int numGpus,
        String region,
        String range,
        boolean simulated,
        Instant backfilledUntil,
        List<MarketPoint> points,
        BidSuggestion suggestedBid) {}
