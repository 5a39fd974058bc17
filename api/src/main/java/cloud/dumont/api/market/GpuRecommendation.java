package cloud.dumont.api.market;

/**
 * One GPU model for a template, from the latest market sample and the template's own deployments.
 *
 * @param meetsRecommended true when the model has the template's recommended VRAM, not only its minimum
 * @param pricePerHour the cheapest single-GPU on-demand offer at the latest sample; null when none was listed
 * @param offers single-GPU offers listed at the latest sample
 * @param medianSecondsToReady median time to ready of this template's deployments on this model; null before any
 * @param readyAttempts deployments of this template that became ready on this model
 * @param failedAttempts deployments of this template that failed on this model
 * @param bestValue the cheapest model with the recommended VRAM (the minimum when none has it) that is listed now
 * @param fastest the model this template became ready fastest on (median over at least two ready deployments)
 */
public record GpuRecommendation(
        String gpuName,
        int vramGb,
        boolean meetsRecommended,
        Double pricePerHour,
        int offers,
        Double medianSecondsToReady,
        int readyAttempts,
        int failedAttempts,
        boolean bestValue,
        boolean fastest) {}
