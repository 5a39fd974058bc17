package cloud.dumont.api.deployment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * How many idle, running instances of a template Dumont keeps for Serverless deploys.
 *
 * @param minIdle 0 (no pool: its idle members are destroyed) to 10
 */
public record WarmPoolRequest(@NotNull @Min(0) @Max(10) Integer minIdle) {}
