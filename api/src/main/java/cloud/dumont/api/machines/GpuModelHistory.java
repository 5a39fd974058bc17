package cloud.dumont.api.machines;

/**
 * The track record of every machine of one GPU model together.
 *
 * @param successRate successes / (successes + failures); null before any attempt counted
 */
public record GpuModelHistory(
        String gpuName,
        int machines,
        int attempts,
        int successes,
        int failures,
        Double successRate,
        Double medianSecondsToReady) {}
