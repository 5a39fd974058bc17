package cloud.dumont.sim.internal.market;

import java.util.List;
import java.util.function.ToIntFunction;
import java.util.random.RandomGenerator;

/** Small sampling helpers over a seeded random source. */
final class Weighted {

    private Weighted() {}

    static <T> T pick(RandomGenerator random, List<T> items, ToIntFunction<T> weight) {
        int total = items.stream().mapToInt(weight).sum();
        int ticket = random.nextInt(total);
        for (T item : items) {
            ticket -= weight.applyAsInt(item);
            if (ticket < 0) {
                return item;
            }
        }
        throw new IllegalStateException("weights changed while sampling");
    }

    static double uniform(RandomGenerator random, double low, double high) {
        return low + random.nextDouble() * (high - low);
    }

    /** Triangular over [low, high] with its peak at {@code mode}: prices cluster near typical. */
    static double triangular(RandomGenerator random, double low, double mode, double high) {
        double u = random.nextDouble();
        double split = (mode - low) / (high - low);
        if (u < split) {
            return low + Math.sqrt(u * (high - low) * (mode - low));
        }
        return high - Math.sqrt((1 - u) * (high - low) * (high - mode));
    }

    static double logNormal(RandomGenerator random, double median, double sigma, double min, double max) {
        double value = median * Math.exp(sigma * random.nextGaussian());
        return Math.max(min, Math.min(max, value));
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
