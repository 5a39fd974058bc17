package cloud.dumont.market;

import cloud.dumont.api.market.BidSuggestion;
import cloud.dumont.api.market.MarketHistory;
import cloud.dumont.api.market.MarketTable;
import cloud.dumont.market.internal.MarketViews;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The spot market as sampled: public, like the offers it summarises. */
@RestController
@Validated
@RequestMapping("/api/v1/spot/market")
@Tag(name = "Spot market")
class MarketController {

    private final MarketViews views;

    MarketController(MarketViews views) {
        this.views = views;
    }

    @GetMapping
    @Operation(
            summary = "The market at the latest sample, per GPU model and GPU count",
            description = "Offers available, on-demand price minimum, 25th percentile and median, interruptible minimum"
                    + " bid minimum and median, median host reliability, and for single-GPU offers the same per"
                    + " region. Prices are $/h for the whole offer.")
    MarketTable table(
            @Parameter(description = "Only offers of this many GPUs")
                    @RequestParam(name = "num_gpus", required = false)
                    @Min(1)
                    @Max(16)
                    Integer numGpus) {
        return views.table(numGpus);
    }

    @GetMapping("/{gpu}")
    @Operation(
            summary = "A GPU model's price history, with a suggested interruptible bid",
            description = "Points are raw samples for the last day, hourly means up to 30 days back and daily means"
                    + " beyond. 404 for a model never sampled.")
    MarketHistory history(
            @PathVariable @Size(max = 64) String gpu,
            @Parameter(description = "24h, 7d, 30d or 1y") @RequestParam(name = "range", defaultValue = "24h")
                    String range,
            @RequestParam(name = "num_gpus", defaultValue = "1") @Min(1) @Max(16) int numGpus,
            @Parameter(description = "all, or north-america, europe, asia, oceania, south-america, africa, other")
                    @RequestParam(name = "region", defaultValue = "all")
                    @Pattern(regexp = "all|north-america|europe|asia|oceania|south-america|africa|other")
                    String region,
            @Parameter(description = "The outbid risk the suggested bid may carry (default 0.1)")
                    @RequestParam(name = "max_risk", required = false)
                    @DecimalMin("0.01")
                    @DecimalMax("0.5")
                    Double maxRisk,
            @Parameter(description = "A bid in $/h to get the outbid risk of")
                    @RequestParam(name = "bid", required = false)
                    @DecimalMin("0")
                    @DecimalMax("1000")
                    Double bid) {
        return views.history(gpu, range, numGpus, region, maxRisk, bid);
    }

    @GetMapping("/{gpu}/bid")
    @Operation(
            summary = "A suggested bid for an interruptible instance and its outbid risk",
            description = "From the last 7 days of the model's cheapest minimum bid: the suggested bid is the lowest"
                    + " that at most max_risk of the samples exceeded; the risk of a bid is the share of samples that"
                    + " asked more than it. 404 for a model never sampled.")
    BidSuggestion bid(
            @PathVariable @Size(max = 64) String gpu,
            @RequestParam(name = "num_gpus", defaultValue = "1") @Min(1) @Max(16) int numGpus,
            @RequestParam(name = "max_risk", required = false) @DecimalMin("0.01") @DecimalMax("0.5") Double maxRisk,
            @RequestParam(name = "bid", required = false) @DecimalMin("0") @DecimalMax("1000") Double bid) {
        return views.bid(gpu, numGpus, maxRisk, bid);
    }
}
