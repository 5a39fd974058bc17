package cloud.dumont.sim;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * How long an instance takes from the create call until it runs. Drawn once per boot from the
 * simulator's seeded random source, so the same seed gives the same boot times.
 */
public sealed interface BootTimes {

    Duration draw(RandomGenerator random);

    /** The same factor applied to every duration: {@code realistic().scaled(0.01)} for tests. */
    BootTimes scaled(double factor);

    static BootTimes fixed(Duration duration) {
        return new Fixed(duration);
    }

    static BootTimes uniform(Duration min, Duration max) {
        return new Uniform(min, max);
    }

    /** Lognormal around {@code median}, clamped to [{@code min}, {@code max}]. */
    static BootTimes logNormal(Duration median, double sigma, Duration min, Duration max) {
        return new LogNormal(median, sigma, min, max);
    }

    /**
     * Vast.ai's docs say about 30 s with a cached image and far longer with big pulls on slow
     * hosts; a field report saw ports after about 110 s. A median of 35 s with a long right tail
     * covers both.
     */
    static BootTimes realistic() {
        return logNormal(Duration.ofSeconds(35), 0.6, Duration.ofSeconds(10), Duration.ofMinutes(10));
    }

    record Fixed(Duration duration) implements BootTimes {
        public Fixed {
            requirePositive(duration);
        }

        @Override
        public Duration draw(RandomGenerator random) {
            return duration;
        }

        @Override
        public BootTimes scaled(double factor) {
            return new Fixed(scale(duration, factor));
        }
    }

    record Uniform(Duration min, Duration max) implements BootTimes {
        public Uniform {
            requirePositive(min);
            if (max.compareTo(min) < 0) {
                throw new IllegalArgumentException("max " + max + " is below min " + min);
            }
        }

        @Override
        public Duration draw(RandomGenerator random) {
            long span = max.toMillis() - min.toMillis();
            return min.plusMillis(span == 0 ? 0 : random.nextLong(span + 1));
        }

        @Override
        public BootTimes scaled(double factor) {
            return new Uniform(scale(min, factor), scale(max, factor));
        }
    }

    record LogNormal(Duration median, double sigma, Duration min, Duration max) implements BootTimes {
        public LogNormal {
            requirePositive(median);
            requirePositive(min);
            if (sigma < 0 || max.compareTo(min) < 0) {
                throw new IllegalArgumentException("need sigma >= 0 and min <= max");
            }
        }

        @Override
        public Duration draw(RandomGenerator random) {
            double millis = median.toMillis() * Math.exp(sigma * random.nextGaussian());
            long clamped = Math.round(Math.max(min.toMillis(), Math.min(max.toMillis(), millis)));
            return Duration.ofMillis(clamped);
        }

        @Override
        public BootTimes scaled(double factor) {
            return new LogNormal(scale(median, factor), sigma, scale(min, factor), scale(max, factor));
        }
    }

    private static void requirePositive(Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("boot times must be positive: " + duration);
        }
    }

    private static Duration scale(Duration duration, double factor) {
        return Duration.ofMillis(Math.max(1, Math.round(duration.toMillis() * factor)));
    }
}
