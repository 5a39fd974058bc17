package cloud.dumont.api.deployment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * When a deployment hibernates on its own.
 *
 * @param enabled off: it runs until destroyed, however idle
 * @param idleThresholdPct GPU utilisation under which the GPU counts as idle, 1 to 50 percent
 * @param idleWindowSeconds how long the GPU and the app must stay idle together, 60 s to 24 h
 */
public record HibernationSettings(
        @NotNull Boolean enabled,
        @NotNull @Min(1) @Max(50) Integer idleThresholdPct,
        @NotNull @Min(60) @Max(86_400) Integer idleWindowSeconds) {}
