package cloud.dumont.api.deployment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * New worker replica count of a Kubernetes deployment (each worker service of a disaggregated one gets it).
 *
 * @param replicas 1 to 10, the operator's range
 */
public record ScaleRequest(@NotNull @Min(1) @Max(10) Integer replicas) {}
