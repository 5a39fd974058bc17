package cloud.dumont.cli.deploy;

import cloud.dumont.api.deployment.WorkingHours;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Working hours as people write them: {@code "Mon-Fri 09:00-19:00 Europe/Paris"}, {@code "Mon,Wed,Fri 8:30-17:00"},
 * {@code "daily 22:00-06:00 UTC"} (an end before the start runs overnight). Without a time zone, this machine's.
 */
final class WorkingHoursText implements CommandLine.ITypeConverter<WorkingHours> {

    private static final Pattern HOURS =
            Pattern.compile("(\\S+)\\s+(\\d{1,2}:\\d{2})\\s*[-–]\\s*(\\d{1,2}:\\d{2})(?:\\s+(\\S+))?");

    @Override
    public WorkingHours convert(String value) {
        return parse(value, ZoneId.systemDefault());
    }

    static WorkingHours parse(String value, ZoneId defaultZone) {
        Matcher m = HOURS.matcher(value.strip());
        if (!m.matches()) {
            throw invalid(value, "write them as DAYS FROM-TO [ZONE], e.g. \"Mon-Fri 09:00-19:00 Europe/Paris\"");
        }
        LocalTime start = time(m.group(2), value);
        LocalTime end = time(m.group(3), value);
        if (start.equals(end)) {
            throw invalid(value, "they start and end at the same time");
        }
        String zone = m.group(4) == null ? defaultZone.getId() : m.group(4);
        if (!ZoneId.getAvailableZoneIds().contains(zone)) {
            throw invalid(value, "'" + zone + "' is not a time zone such as Europe/Paris or UTC");
        }
        List<DayOfWeek> days = new ArrayList<>(days(m.group(1), value));
        return new WorkingHours(zone, days, start, end);
    }

    /** "Mon–Fri 09:00–19:00 Europe/Paris", as the server's timeline writes them. */
    static String format(WorkingHours h) {
        return WorkingHours.dayNames(h.days()) + " " + hhmm(h.start()) + "–" + hhmm(h.end()) + " " + h.timeZone();
    }

    private static String hhmm(LocalTime t) {
        return String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute());
    }

    private static Set<DayOfWeek> days(String text, String value) {
        String spec = text.toLowerCase(Locale.ROOT);
        if (spec.equals("daily") || spec.equals("everyday")) {
            return EnumSet.allOf(DayOfWeek.class);
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : spec.split(",")) {
            String[] range = part.split("[-–]");
            if (range.length > 2 || part.isEmpty()) {
                throw invalid(value, "'" + text + "' is not a list of days such as Mon-Fri or Mon,Wed,Fri");
            }
            DayOfWeek from = day(range[0], value);
            DayOfWeek to = range.length == 2 ? day(range[1], value) : from;
            // A range may wrap around the week's end: Sat-Mon is Saturday, Sunday and Monday.
            for (DayOfWeek d = from; ; d = d.plus(1)) {
                days.add(d);
                if (d == to) {
                    break;
                }
            }
        }
        return days;
    }

    private static DayOfWeek day(String text, String value) {
        for (DayOfWeek d : DayOfWeek.values()) {
            String name = d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (text.length() >= 2 && name.startsWith(text)) {
                return d;
            }
        }
        throw invalid(value, "'" + text + "' is not a day such as Mon or Tuesday");
    }

    private static LocalTime time(String text, String value) {
        String[] parts = text.split(":");
        int hour = Integer.parseInt(parts[0]);
        int minute = Integer.parseInt(parts[1]);
        if (hour > 23 || minute > 59) {
            throw invalid(value, "'" + text + "' is not a time of day");
        }
        return LocalTime.of(hour, minute);
    }

    private static CommandLine.TypeConversionException invalid(String value, String why) {
        return new CommandLine.TypeConversionException("'" + value + "' are not working hours: " + why);
    }
}
