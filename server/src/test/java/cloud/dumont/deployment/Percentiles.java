package cloud.dumont.deployment;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** Nearest-rank percentiles of durations, and how the benchmarks print them. */
final class Percentiles {

    private Percentiles() {}

    /** The {@code p}th percentile of {@code sorted} (ascending), or null when it is empty. */
    static Duration of(List<Duration> sorted, int p) {
        return sorted.isEmpty() ? null : sorted.get(rank(sorted.size(), p));
    }

    /** The index of the {@code p}th percentile in a sorted list of {@code size}. */
    static int rank(int size, int p) {
        return Math.max(0, (int) Math.ceil(p / 100.0 * size) - 1);
    }

    /** Seconds with one decimal; "never" for null. */
    static String seconds(Duration d) {
        return d == null ? "never" : String.format(Locale.ROOT, "%.1f", d.toMillis() / 1000.0);
    }
}
