package cloud.dumont.deployment.internal;

import cloud.dumont.api.deployment.DeploymentStatus;
import cloud.dumont.api.deployment.HibernationSettings;
import cloud.dumont.api.deployment.WorkingHours;
import cloud.dumont.platform.ProblemException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;

/**
 * A deployment's working hours and run limit ({@link StopSchedule}) as the engine and the API meet them: judging a
 * running deployment, warning once before a stop, reading the settings from a request and showing when they stop it.
 * They apply whether idle hibernation is on or off: the owner chose them for themselves.
 */
final class ScheduledStops {

    static final Duration MIN_RUN = Duration.ofMinutes(1);
    static final Duration MAX_RUN = Duration.ofDays(7);

    private ScheduledStops() {}

    /**
     * What the schedule asks of {@code d} now: a stop (its reason), or when to look again. Writes the warning to the
     * timeline once per stop. Only a running deployment is judged: one that is starting, unhealthy or stopped is not
     * running the user's work, and one that becomes running again past its stop is stopped then.
     */
    static StopSchedule.Verdict judge(DeploymentEntity d, Instant now, Duration warnBefore) {
        StopSchedule schedule = d.getStopSchedule();
        if (schedule.isEmpty() || d.getStatus() != DeploymentStatus.running || d.getRunStartedAt() == null) {
            return StopSchedule.Verdict.NOTHING;
        }
        StopSchedule.Verdict verdict = schedule.judge(d.getRunStartedAt(), d.getStopScheduleSetAt(), now, warnBefore);
        verdict.warnNow()
                .filter(stop -> d.warnOnce(stop.at()))
                .ifPresent(stop -> d.note(stop.warning(Duration.between(now, stop.at())), now));
        return verdict;
    }

    /** The sooner of the idle check's next look and the schedule's, if either falls before the regular check. */
    static Optional<Outcome> sooner(
            Optional<Outcome> idle, StopSchedule.Verdict verdict, Instant now, Duration regularCheck) {
        Optional<Duration> scheduled = verdict.lookAgainAt()
                .map(at -> Duration.between(now, at))
                .filter(wait -> wait.compareTo(regularCheck) < 0);
        if (scheduled.isEmpty()) {
            return idle;
        }
        if (idle.isPresent() && idle.get().requeueAfter().compareTo(scheduled.get()) <= 0) {
            return idle;
        }
        return Optional.of(Outcome.requeueAfter(scheduled.get()));
    }

    /** When the working hours and the run limit will stop a running deployment; each null when it will not. */
    record StopTimes(Instant hours, Instant maxRun) {}

    static StopTimes stopTimes(DeploymentEntity d, Duration warnBefore) {
        StopSchedule schedule = d.getStopSchedule();
        Instant since = d.getRunStartedAt();
        if (schedule.isEmpty() || since == null || d.getStatus() != DeploymentStatus.running) {
            return new StopTimes(null, null);
        }
        Instant setAt = d.getStopScheduleSetAt();
        return new StopTimes(
                schedule.hoursStop(since, setAt, warnBefore)
                        .map(StopSchedule.Stop::at)
                        .orElse(null),
                schedule.maxRunStop(since, setAt, warnBefore)
                        .map(StopSchedule.Stop::at)
                        .orElse(null));
    }

    /** The API's view of the working hours, or null. */
    static WorkingHours view(StopSchedule schedule) {
        StopSchedule.Hours h = schedule.hours();
        return h == null
                ? null
                : new WorkingHours(h.zone().getId(), h.days().stream().sorted().toList(), h.start(), h.end());
    }

    /**
     * The schedule a request asks for, or a 422 naming every invalid field as it was sent (snake_case), before
     * anything is stored.
     */
    static StopSchedule parse(HibernationSettings settings) {
        List<ProblemException.FieldProblem> problems = new ArrayList<>();
        StopSchedule.Hours hours = settings.workingHours() == null ? null : hours(settings.workingHours(), problems);
        Duration maxRun = null;
        if (settings.maxRunSeconds() != null) {
            maxRun = Duration.ofSeconds(settings.maxRunSeconds());
            if (maxRun.compareTo(MIN_RUN) < 0 || maxRun.compareTo(MAX_RUN) > 0) {
                problems.add(new ProblemException.FieldProblem(
                        "max_run_seconds", "must be 60 (1 min) to 604800 (7 days), or null for no limit"));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.withFieldErrors(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "invalid-hibernation",
                    "Invalid hibernation settings",
                    "The hibernation settings were not changed",
                    problems);
        }
        return new StopSchedule(hours, maxRun);
    }

    private static StopSchedule.Hours hours(WorkingHours h, List<ProblemException.FieldProblem> problems) {
        int before = problems.size();
        String zone = h.timeZone() == null ? "" : h.timeZone().trim();
        if (!ZoneId.getAvailableZoneIds().contains(zone)) {
            problems.add(new ProblemException.FieldProblem(
                    "working_hours.time_zone", "must be an IANA time zone such as Europe/Paris, not '" + zone + "'"));
        }
        if (h.days() == null || h.days().isEmpty() || h.days().stream().anyMatch(java.util.Objects::isNull)) {
            problems.add(new ProblemException.FieldProblem(
                    "working_hours.days", "must name at least one day, e.g. [\"MONDAY\", \"TUESDAY\"]"));
        }
        if (h.start() == null) {
            problems.add(new ProblemException.FieldProblem("working_hours.start", "must be a local time, e.g. 09:00"));
        }
        if (h.end() == null) {
            problems.add(new ProblemException.FieldProblem("working_hours.end", "must be a local time, e.g. 19:00"));
        } else if (h.end().equals(h.start())) {
            problems.add(new ProblemException.FieldProblem(
                    "working_hours.end", "must differ from the start (an end before it runs overnight)"));
        }
        if (problems.size() > before) {
            return null;
        }
        return new StopSchedule.Hours(ZoneId.of(zone), EnumSet.copyOf(h.days()), h.start(), h.end());
    }

    /** "stops outside Mon–Fri 09:00–19:00 Europe/Paris and after 8 h running", for the timeline. */
    static String describe(StopSchedule schedule) {
        List<String> parts = new ArrayList<>();
        if (schedule.hours() != null) {
            parts.add("stops outside " + schedule.hours().describe());
        }
        if (schedule.maxRun() != null) {
            parts.add("stops after " + StopSchedule.human(schedule.maxRun()) + " running");
        }
        return parts.isEmpty() ? "no working hours and no run time limit" : String.join(" and ", parts);
    }
}
