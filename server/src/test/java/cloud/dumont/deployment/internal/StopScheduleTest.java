package cloud.dumont.deployment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StopScheduleTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Duration WARN = Duration.ofMinutes(1);
    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    private static final StopSchedule OFFICE = hours(WEEKDAYS, "09:00", "19:00");

    // 2026-07-06 is a Monday; Paris is UTC+2 in July.

    @Test
    void aRunBegunInsideTheHoursStopsAtTheirEnd() {
        Instant monday10 = paris("2026-07-06T10:00");

        StopSchedule.Stop stop = OFFICE.next(monday10, null, WARN).orElseThrow();

        assertThat(stop.cause()).isEqualTo(StopSchedule.Cause.WORKING_HOURS);
        assertThat(stop.at()).isEqualTo(paris("2026-07-06T19:00"));
        assertThat(stop.reason())
                .isEqualTo("Outside working hours (Mon–Fri 09:00–19:00 Europe/Paris): hibernating; its disk is kept,"
                        + " and a wake resumes it");
        assertThat(stop.warning(Duration.ofSeconds(60)))
                .isEqualTo("Working hours end (Mon–Fri 09:00–19:00 Europe/Paris): hibernating in 60 s, however busy"
                        + " it is");
    }

    @Test
    void aRunBegunOutsideTheHoursRunsUntilTheEndOfTheNextOnesOverTheWeekend() {
        Instant fridayEvening = paris("2026-07-10T21:30");
        Instant sundayNight = paris("2026-07-12T23:00");

        assertThat(OFFICE.next(fridayEvening, null, WARN).orElseThrow().at()).isEqualTo(paris("2026-07-13T19:00"));
        assertThat(OFFICE.next(sundayNight, null, WARN).orElseThrow().at()).isEqualTo(paris("2026-07-13T19:00"));
        assertThat(OFFICE.next(paris("2026-07-13T08:59"), null, WARN)
                        .orElseThrow()
                        .at())
                .as("begun a minute before the hours")
                .isEqualTo(paris("2026-07-13T19:00"));
    }

    @Test
    void aRunBegunInTheLastMinuteOfTheHoursIsNotStoppedBeforeItsWarning() {
        assertThat(OFFICE.next(paris("2026-07-06T18:59:30"), null, WARN)
                        .orElseThrow()
                        .at())
                .as("too late to warn before today's end: tomorrow's")
                .isEqualTo(paris("2026-07-07T19:00"));
        assertThat(OFFICE.next(paris("2026-07-06T18:59"), null, WARN)
                        .orElseThrow()
                        .at())
                .as("exactly a warning's time before")
                .isEqualTo(paris("2026-07-06T19:00"));
    }

    @Test
    void hoursSetWhileItRunsCountFromThenLikeAWake() {
        Instant runningSince = paris("2026-07-06T10:00");

        assertThat(OFFICE.next(runningSince, paris("2026-07-06T21:00"), WARN)
                        .orElseThrow()
                        .at())
                .as("set in the evening: not stopped at once, but at the end of tomorrow's hours")
                .isEqualTo(paris("2026-07-07T19:00"));
        assertThat(OFFICE.next(runningSince, paris("2026-07-06T15:00"), WARN)
                        .orElseThrow()
                        .at())
                .isEqualTo(paris("2026-07-06T19:00"));
    }

    @Test
    void overnightHoursEndTheMorningAfterTheirDay() {
        StopSchedule nights = hours(WEEKDAYS, "22:00", "06:00");

        assertThat(nights.next(paris("2026-07-10T23:00"), null, WARN)
                        .orElseThrow()
                        .at())
                .as("Friday night's hours end on Saturday morning")
                .isEqualTo(paris("2026-07-11T06:00"));
        assertThat(nights.next(paris("2026-07-07T03:00"), null, WARN)
                        .orElseThrow()
                        .at())
                .as("begun inside Monday night's hours, the day after their start")
                .isEqualTo(paris("2026-07-07T06:00"));
        assertThat(nights.next(paris("2026-07-11T10:00"), null, WARN)
                        .orElseThrow()
                        .at())
                .as("begun on Saturday: Monday night's, ending Tuesday")
                .isEqualTo(paris("2026-07-14T06:00"));
        assertThat(nights.hours().describe()).isEqualTo("Mon–Fri 22:00–06:00 Europe/Paris");
    }

    @Test
    void theDaysTheClocksChangeKeepLocalTimes() {
        StopSchedule everyDay = hours(EnumSet.allOf(DayOfWeek.class), "08:00", "20:00");

        // Paris moves from UTC+1 to UTC+2 at 02:00 on Sunday 2026-03-29, and back at 03:00 on Sunday 2026-10-25.
        assertThat(everyDay.next(Instant.parse("2026-03-28T09:00:00Z"), null, WARN)
                        .orElseThrow()
                        .at())
                .isEqualTo(Instant.parse("2026-03-28T19:00:00Z"));
        assertThat(everyDay.next(Instant.parse("2026-03-29T09:00:00Z"), null, WARN)
                        .orElseThrow()
                        .at())
                .as("20:00 in summer time")
                .isEqualTo(Instant.parse("2026-03-29T18:00:00Z"));
        assertThat(everyDay.next(Instant.parse("2026-10-25T09:00:00Z"), null, WARN)
                        .orElseThrow()
                        .at())
                .as("20:00 in winter time again")
                .isEqualTo(Instant.parse("2026-10-25T19:00:00Z"));

        StopSchedule endsInTheGap = hours(EnumSet.of(DayOfWeek.SATURDAY), "20:00", "02:30");
        assertThat(endsInTheGap
                        .next(Instant.parse("2026-03-28T20:00:00Z"), null, WARN)
                        .orElseThrow()
                        .at())
                .as("02:30 does not exist that night: read as 03:30 summer time")
                .isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
        assertThat(endsInTheGap
                        .next(Instant.parse("2026-10-24T20:00:00Z"), null, WARN)
                        .orElseThrow()
                        .at())
                .as("02:30 happens twice that night: the first")
                .isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
    }

    @Test
    void theRunLimitCountsFromTheRunsBeginningAndWarnsFirst() {
        StopSchedule eightHours = new StopSchedule(null, Duration.ofHours(8));
        Instant since = Instant.parse("2026-07-06T08:00:00Z");
        Instant due = Instant.parse("2026-07-06T16:00:00Z");

        StopSchedule.Verdict early = eightHours.judge(since, since, since.plus(Duration.ofHours(2)), WARN);
        assertThat(early.stopNow()).isEmpty();
        assertThat(early.warnNow()).isEmpty();
        assertThat(early.lookAgainAt()).contains(due.minus(WARN));

        StopSchedule.Verdict warned = eightHours.judge(since, since, due.minusSeconds(30), WARN);
        assertThat(warned.stopNow()).isEmpty();
        assertThat(warned.warnNow()).map(StopSchedule.Stop::at).contains(due);
        assertThat(warned.warnNow().orElseThrow().warning(Duration.ofSeconds(30)))
                .isEqualTo("Run time limit of 8 h almost reached: hibernating in 30 s, however busy it is");
        assertThat(warned.lookAgainAt()).contains(due);

        StopSchedule.Verdict crossed = eightHours.judge(since, since, due.plusSeconds(1), WARN);
        assertThat(crossed.stopNow()).map(StopSchedule.Stop::cause).contains(StopSchedule.Cause.MAX_RUN);
        assertThat(crossed.stopNow().orElseThrow().reason())
                .isEqualTo("Ran for its limit of 8 h: hibernating; its disk is kept, and a wake resumes it");
    }

    @Test
    void aLimitSetOnALongerRunWarnsBeforeItStops() {
        StopSchedule eightHours = new StopSchedule(null, Duration.ofHours(8));
        Instant since = Instant.parse("2026-07-06T08:00:00Z");
        Instant setAt = Instant.parse("2026-07-06T18:00:00Z");

        assertThat(eightHours.judge(since, setAt, setAt, WARN).warnNow())
                .map(StopSchedule.Stop::at)
                .contains(setAt.plus(WARN));
        assertThat(eightHours.judge(since, setAt, setAt.plus(WARN), WARN).stopNow())
                .isPresent();
    }

    @Test
    void theFirstOfTheTwoStopsIsTheNext() {
        Instant monday10 = paris("2026-07-06T10:00");
        StopSchedule both = new StopSchedule(OFFICE.hours(), Duration.ofHours(4));

        assertThat(both.next(monday10, null, WARN))
                .map(StopSchedule.Stop::cause)
                .contains(StopSchedule.Cause.MAX_RUN);
        assertThat(both.next(paris("2026-07-06T17:00"), null, WARN))
                .map(StopSchedule.Stop::cause)
                .contains(StopSchedule.Cause.WORKING_HOURS);
        assertThat(StopSchedule.NONE.judge(monday10, null, monday10.plus(Duration.ofDays(30)), WARN))
                .isEqualTo(StopSchedule.Verdict.NOTHING);
    }

    @Test
    void daysAndDurationsReadAsPeopleWriteThem() {
        assertThat(hours(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY), "09:00", "17:30")
                        .hours()
                        .dayNames())
                .isEqualTo("Mon, Wed–Thu");
        assertThat(hours(EnumSet.allOf(DayOfWeek.class), "09:00", "17:30")
                        .hours()
                        .dayNames())
                .isEqualTo("every day");
        assertThat(StopSchedule.human(Duration.ofMinutes(90))).isEqualTo("1 h 30 min");
        assertThat(StopSchedule.human(Duration.ofDays(7))).isEqualTo("7 d");
        assertThatThrownBy(() -> hours(EnumSet.noneOf(DayOfWeek.class), "09:00", "19:00"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> hours(WEEKDAYS, "09:00", "09:00")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Optional.ofNullable(OFFICE.maxRun())).isEmpty();
    }

    private static StopSchedule hours(Set<DayOfWeek> days, String start, String end) {
        return new StopSchedule(
                new StopSchedule.Hours(PARIS, days, LocalTime.parse(start), LocalTime.parse(end)), null);
    }

    private static Instant paris(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(PARIS).toInstant();
    }
}
