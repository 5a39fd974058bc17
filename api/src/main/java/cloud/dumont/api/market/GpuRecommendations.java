package cloud.dumont.api.market;

import java.time.Instant;
import java.util.List;

/**
 * The GPU models a template fits on, with live prices and measured times to ready, smallest memory first.
 *
 * @param sampledAt when the prices were sampled; null before the market's first sample
 */
public record GpuRecommendations(
        String templateSlug,
        int minVramGb,
        int recommendedVramGb,
        Instant sampledAt,
        boolean simulated,
        String bestValue,
        String fastest,
        List<GpuRecommendation> gpus) {}
