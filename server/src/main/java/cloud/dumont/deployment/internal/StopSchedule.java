package cloud.dumont.deployment.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * When a running deployment's working hours or run limit stop it, however busy it is: a pure function of the settings,
 * when its run began, when the settings last changed and now.
 *
 * <p>Working hours stop a run at the first end of working hours at least {@code warnBefore} after it began (or after
 * the hours were set, whichever is later). So a run begun inside the hours ends with them; a run begun outside them
 * (a wake or a deploy the user asked for in the evening) is left to idleness until the next working hours, and ends
 * with those; and a run begun in the last minute of the hours is not stopped before its warning could be given.
 *
 * <p>The run limit stops a run {@code maxRun} after it began, and never sooner than {@code warnBefore} after the
 * limit was set, so a limit set on a run that is already longer gives its warning before it stops it.
 *
 * @param hours the working hours, or null for none
 * @param maxRun the longest run, or null for no limit
 */
record StopSchedule(Hours hours, Duration maxRun) {

    static final StopSchedule NONE = new StopSchedule(null, null);

    boolean isEmpty() {
        return hours == null && maxRun == null;
    }

    /** Why a scheduled stop happens. */
    enum Cause {
        WORKING_HOURS,
        MAX_RUN
    }

    /**
     * A stop falling due {@code at}, with what the timeline says before and when it happens.
     *
     * @param setting the working hours ("Mon–Fri 09:00–19:00 Europe/Paris") or the limit ("8 h"), in words
     */
    record Stop(Cause cause, Instant at, String setting) {

        String warning(Duration left) {
            return (cause == Cause.WORKING_HOURS
                            ? "Working hours end (" + setting + ")"
                            : "Run time limit of " + setting + " almost reached")
                    + ": hibernating in " + Hibernation.seconds(left) + ", however busy it is";
        }

        String reason() {
            return (cause == Cause.WORKING_HOURS
                            ? "Outside working hours (" + setting + ")"
                            : "Ran for its limit of " + setting)
                    + ": hibernating; its disk is kept, and a wake resumes it";
        }
    }

    /**
     * What to do now: stop, warn (once: the caller remembers the stop it warned of), or neither; and when to look
     * again if not stopping.
     */
    record Verdict(Optional<Stop> stopNow, Optional<Stop> warnNow, Optional<Instant> lookAgainAt) {

        static final Verdict NOTHING = new Verdict(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * @param runningSince when the current run began
     * @param setAt when these settings were last changed, or null
     */
    Verdict judge(Instant runningSince, Instant setAt, Instant now, Duration warnBefore) {
        Optional<Stop> next = next(runningSince, setAt, warnBefore);
        if (next.isEmpty()) {
            return Verdict.NOTHING;
        }
        Stop stop = next.get();
        if (!now.isBefore(stop.at())) {
            return new Verdict(next, Optional.empty(), Optional.empty());
        }
        Instant warnAt = stop.at().minus(warnBefore);
        return now.isBefore(warnAt)
                ? new Verdict(Optional.empty(), Optional.empty(), Optional.of(warnAt))
                : new Verdict(Optional.empty(), next, Optional.of(stop.at()));
    }

    /** The first stop due, working hours or run limit. */
    Optional<Stop> next(Instant runningSince, Instant setAt, Duration warnBefore) {
        return Stream.of(hoursStop(runningSince, setAt, warnBefore), maxRunStop(runningSince, setAt, warnBefore))
                .flatMap(Optional::stream)
                .min(java.util.Comparator.comparing(Stop::at));
    }

    Optional<Stop> hoursStop(Instant runningSince, Instant setAt, Duration warnBefore) {
        if (hours == null) {
            return Optional.empty();
        }
        Instant since = later(runningSince, setAt);
        return Optional.of(
                new Stop(Cause.WORKING_HOURS, hours.firstEndAtOrAfter(since.plus(warnBefore)), hours.describe()));
    }

    Optional<Stop> maxRunStop(Instant runningSince, Instant setAt, Duration warnBefore) {
        if (maxRun == null) {
            return Optional.empty();
        }
        Instant at = runningSince.plus(maxRun);
        if (setAt != null && at.isBefore(setAt.plus(warnBefore))) {
            at = setAt.plus(warnBefore);
        }
        return Optional.of(new Stop(Cause.MAX_RUN, at, human(maxRun)));
    }

    private static Instant later(Instant a, Instant b) {
        return b == null || a.isAfter(b) ? a : b;
    }

    /**
     * Working hours: on each of {@code days}, from {@code start} to {@code end} local time in {@code zone}, overnight
     * into the next day when {@code end} is before {@code start}. Local times that a daylight-saving change skips are
     * read as the same time after the change; those it repeats, as the first of the two.
     */
    record Hours(ZoneId zone, Set<DayOfWeek> days, LocalTime start, LocalTime end) {

        Hours {
            days = days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
            if (days.isEmpty() || start.equals(end)) {
                throw new IllegalArgumentException("working hours need a day and a start unlike their end");
            }
        }

        boolean overnight() {
            return end.isBefore(start);
        }

        /** The first end of working hours at or after {@code t}. */
        Instant firstEndAtOrAfter(Instant t) {
            LocalDate day = t.atZone(zone).toLocalDate().minusDays(1); // hours begun yesterday may end today
            for (int i = 0; i <= 8; i++, day = day.plusDays(1)) {
                if (!days.contains(day.getDayOfWeek())) {
                    continue;
                }
                Instant ends = ZonedDateTime.of(overnight() ? day.plusDays(1) : day, end, zone)
                        .toInstant();
                if (!ends.isBefore(t)) {
                    return ends;
                }
            }
            throw new IllegalStateException("no working hours in a week: " + this);
        }

        /** "Mon–Fri 09:00–19:00 Europe/Paris". */
        String describe() {
            return dayNames() + " " + start + "–" + end + " " + zone.getId();
        }

        /** "Mon–Fri", "Mon, Wed–Fri", "every day". */
        String dayNames() {
            return cloud.dumont.api.deployment.WorkingHours.dayNames(days);
        }
    }

    /** "8 h", "1 h 30 min", "2 d 4 h", "45 s". */
    static String human(Duration d) {
        long seconds = d.toSeconds();
        List<String> parts = new ArrayList<>();
        long[] units = {86_400, 3_600, 60, 1};
        String[] names = {"d", "h", "min", "s"};
        for (int i = 0; i < units.length; i++) {
            if (seconds >= units[i]) {
                parts.add(seconds / units[i] + " " + names[i]);
                seconds %= units[i];
            }
        }
        return parts.isEmpty() ? "0 s" : String.join(" ", parts);
    }
}
