package cloud.dumont.cli.output;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/** How values look in a table cell: short, one line, {@code -} for nothing. */
public final class Cells {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private Cells() {}

    public static String text(Object value) {
        return switch (value) {
            case null -> "-";
            case Instant instant -> WHEN.format(instant);
            case Collection<?> list ->
                list.isEmpty() ? "-" : list.stream().map(Cells::text).collect(Collectors.joining(","));
            case Double d -> String.format(Locale.ROOT, "%.2f", d);
            case Boolean b -> b ? "yes" : "no";
            default -> value.toString().replace('\n', ' ');
        };
    }

    public static String dollars(double perHour) {
        return String.format(Locale.ROOT, "$%.3f/h", perHour);
    }

    /** A share as a percentage with one decimal ({@code 0.125} is {@code 12.5%}); null for nothing. */
    public static String percent(Double share) {
        return share == null ? null : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    /** {@code 4.5 (12)} or {@code -} when nobody rated yet. */
    public static String rating(Double average, int count) {
        return average == null || count == 0 ? "-" : String.format(Locale.ROOT, "%.1f (%d)", average, count);
    }

    /** {@code 1:05} or {@code 1:02:05}. */
    public static String elapsed(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return s >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, (s % 3600) / 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
