package cloud.dumont.api.deployment;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;

/** "Tell me when this template can be deployed": optionally only on one GPU model, or under a price. */
public record OfferAlertRequest(
        @Size(max = 64) String gpuName, @DecimalMin("0.01") @DecimalMax("1000") Double maxPrice) {}
