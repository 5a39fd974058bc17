package cloud.dumont.api.market;

import java.time.Instant;
import java.util.List;

/**
 * The market now, per GPU model and GPU count.
 *
 * @param sampledAt when the sampler last searched; null before its first sample
 * @param simulated true when the samples come from Dumont's simulated cloud
 */
public record MarketTable(Instant sampledAt, boolean simulated, List<MarketSnapshot> rows) {}
