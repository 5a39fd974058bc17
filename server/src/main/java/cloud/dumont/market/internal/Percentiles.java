package cloud.dumont.market.internal;

import java.util.List;

/** Percentiles of sorted values, interpolated between neighbours (the common "type 7" definition). */
final class Percentiles {

    private Percentiles() {}

    static double of(List<Double> sorted, double q) {
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        double rank = q * (sorted.size() - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(below + 1, sorted.size() - 1);
        return sorted.get(below) + (rank - below) * (sorted.get(above) - sorted.get(below));
    }

    static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
