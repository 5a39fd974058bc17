package cloud.dumont.api.marketplace;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** An admin's choice of a featured template; lower positions show first. */
public record FeatureRequest(@NotNull UUID templateId, @Min(0) @Max(1000) Integer position) {}
