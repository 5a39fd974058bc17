package cloud.dumont.machines.internal;

import java.util.List;

/** Medians of small lists, the same way on H2 and PostgreSQL (computed here rather than in SQL). */
public final class Medians {

    private Medians() {}

    /** The median, rounded to a tenth; null for an empty list. */
    public static Double of(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return Math.round(median * 10) / 10.0;
    }
}
