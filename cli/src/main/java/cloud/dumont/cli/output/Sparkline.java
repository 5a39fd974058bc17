package cloud.dumont.cli.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A series drawn on one line with the block characters {@code ▁▂▃▄▅▆▇█}, lowest to highest, scaled between the
 * series' own minimum and maximum. A series longer than the line is folded into equal buckets, each drawn at its mean;
 * a bucket with no value (a missing interruptible bid) is a space.
 *
 * @param line the drawing, at most {@code width} characters
 * @param min the lowest value of the series; null when it has none
 * @param max the highest value of the series; null when it has none
 * @param last the series' latest value; null when it has none
 */
public record Sparkline(String line, Double min, Double max, Double last) {

    private static final char[] BARS = "▁▂▃▄▅▆▇█".toCharArray();

    /** Draws {@code values} (nulls for missing ones) in at most {@code width} characters. */
    public static Sparkline of(List<Double> values, int width) {
        List<Double> present = values.stream().filter(Objects::nonNull).toList();
        if (present.isEmpty()) {
            return new Sparkline("", null, null, null);
        }
        double min = present.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double max = present.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        StringBuilder line = new StringBuilder();
        for (Double bucket : fold(values, width)) {
            line.append(bucket == null ? ' ' : bar(bucket, min, max));
        }
        return new Sparkline(line.toString(), min, max, present.getLast());
    }

    /** True when the series had no value at all: nothing was drawn. */
    public boolean isEmpty() {
        return min == null;
    }

    private static char bar(double value, double min, double max) {
        if (max == min) {
            return BARS[BARS.length / 2 - 1]; // a flat series sits in the middle, not on the floor
        }
        int index = (int) Math.round((value - min) / (max - min) * (BARS.length - 1));
        return BARS[Math.clamp(index, 0, BARS.length - 1)];
    }

    /** The means of {@code width} equal runs of the values (the values themselves when they fit). */
    private static List<Double> fold(List<Double> values, int width) {
        if (values.size() <= width) {
            return values;
        }
        List<Double> buckets = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            int from = (int) ((long) i * values.size() / width);
            int to = (int) ((long) (i + 1) * values.size() / width);
            buckets.add(
                    values.subList(from, to).stream()
                            .filter(Objects::nonNull)
                            .mapToDouble(Double::doubleValue)
                            .average()
                            .stream()
                            .boxed()
                            .findFirst()
                            .orElse(null));
        }
        return buckets;
    }
}
