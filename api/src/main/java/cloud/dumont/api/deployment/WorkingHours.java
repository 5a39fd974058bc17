package cloud.dumont.api.deployment;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/**
 * When a deployment may run on its own: outside these hours a running deployment hibernates, however busy. On each
 * listed day the hours run from {@code start} to {@code end} in {@code timeZone}; an {@code end} before {@code start}
 * runs overnight into the next day (Fri 22:00–06:00 ends on Saturday morning).
 *
 * @param timeZone an IANA time zone id, e.g. {@code Europe/Paris}
 * @param days the days the hours start on, at least one
 * @param start the local time they start, e.g. {@code 09:00}
 * @param end the local time they end, e.g. {@code 19:00}; not equal to {@code start}
 */
public record WorkingHours(String timeZone, List<DayOfWeek> days, LocalTime start, LocalTime end) {

    /**
     * Days in words, runs of consecutive days joined: "Mon–Fri", "Mon, Wed–Fri", "every day". One wording for the
     * server's timeline and the command line.
     */
    public static String dayNames(java.util.Collection<DayOfWeek> days) {
        if (days.size() == 7) {
            return "every day";
        }
        List<String> runs = new java.util.ArrayList<>();
        DayOfWeek first = null;
        DayOfWeek last = null;
        for (DayOfWeek day : DayOfWeek.values()) {
            if (days.contains(day)) {
                first = first == null ? day : first;
                last = day;
            } else if (first != null) {
                runs.add(run(first, last));
                first = null;
            }
        }
        if (first != null) {
            runs.add(run(first, last));
        }
        return String.join(", ", runs);
    }

    private static String run(DayOfWeek first, DayOfWeek last) {
        String from = first.getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH);
        return first == last
                ? from
                : from + "–" + last.getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH);
    }
}
