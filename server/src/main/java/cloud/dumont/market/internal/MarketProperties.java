package cloud.dumont.market.internal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the spot market ({@code dumont.market.*}).
 *
 * @param enabled whether this server samples on its own schedule (tests sample by hand)
 * @param sampleInterval time between two samples
 * @param initialDelay time from start to the first sample
 * @param gpus the GPU models sampled, one search each; empty: every model of the GPU catalog
 * @param offerLimit the most offers one search returns
 * @param requestSpacing pause between two searches of one sample on Vast.ai, which allows about ten searches a minute
 *     per address (the simulator gets a tenth of a second)
 * @param rawRetention samples are kept as they are this long, then folded into hourly means
 * @param hourlyRetention hourly means are kept this long, then folded into daily means (kept for good)
 * @param backfill on the simulated cloud only: when there are no samples of the last {@code backfillSpan}, record that
 *     span from the simulator's price model at start, marked as backfilled
 * @param bidWindow the history a suggested bid is computed from
 * @param bidTargetRisk the outbid risk a suggested bid aims at
 */
@Validated
@ConfigurationProperties("dumont.market")
public record MarketProperties(
        boolean enabled,
        @NotNull Duration sampleInterval,
        @NotNull Duration initialDelay,
        List<String> gpus,
        @Positive int offerLimit,
        @NotNull Duration requestSpacing,
        @NotNull Duration rawRetention,
        @NotNull Duration hourlyRetention,
        boolean backfill,
        @NotNull Duration backfillSpan,
        @NotNull Duration bidWindow,
        @DecimalMin("0.01") @DecimalMax("0.5") double bidTargetRisk) {

    public MarketProperties {
        gpus = gpus == null ? List.of() : List.copyOf(gpus);
    }
}
