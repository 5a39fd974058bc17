package cloud.dumont.sim.internal.market;

import java.time.Instant;

/**
 * How much interruptible capacity of each GPU model is wanted at a moment, as a factor on every offer's minimum bid.
 * On Vast.ai the on-demand price is the host's ask and changes rarely, while the minimum bid follows what other renters
 * bid, so it floats through the day. The factor is a pure function of seed, model and time: a daily swing of ±12 %
 * peaking in the UTC afternoon (when American and European working hours overlap), plus ±10 % of noise drawn per model
 * and hour and interpolated within the hour, so prices move smoothly and the same instant always has the same price.
 */
public final class BidDemand {

    private static final double DAILY_SWING = 0.12;
    private static final double NOISE = 0.10;
    private static final double PEAK_HOUR_UTC = 15;

    private final long seed;

    public BidDemand(long seed) {
        this.seed = seed;
    }

    /** Roughly 0.78 to 1.22; 1 is the offer's listed minimum bid. */
    public double factor(GpuModel gpu, Instant at) {
        long seconds = at.getEpochSecond();
        double hourOfDay = Math.floorMod(seconds, 86_400L) / 3600.0;
        double daily = DAILY_SWING * Math.cos(2 * Math.PI * (hourOfDay - PEAK_HOUR_UTC) / 24);
        long hour = Math.floorDiv(seconds, 3600L);
        double within = (seconds - hour * 3600) / 3600.0;
        double from = noise(gpu, hour);
        double to = noise(gpu, hour + 1);
        return 1 + daily + NOISE * (from + (to - from) * within);
    }

    /** A value in [-1, 1) per model and hour (SplitMix64's finaliser over seed, model and hour). */
    private double noise(GpuModel gpu, long hour) {
        long z = seed ^ (gpu.name().hashCode() * 0x9E3779B97F4A7C15L) ^ (hour * 0xBF58476D1CE4E5B9L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return (z >>> 11) * 0x1.0p-53 * 2 - 1;
    }
}
