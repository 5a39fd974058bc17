package cloud.dumont.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cloud.dumont.api.deployment.DeployRequest;
import cloud.dumont.api.deployment.DeploymentResponse;
import cloud.dumont.api.deployment.DeploymentStatus;
import cloud.dumont.api.deployment.HibernationSettings;
import cloud.dumont.api.deployment.HibernationState;
import cloud.dumont.api.deployment.ProvisioningStrategy;
import cloud.dumont.api.deployment.WorkingHours;
import cloud.dumont.deployment.internal.HibernationCommands;
import cloud.dumont.platform.ProblemException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Working hours and the run time limit on a driven clock: each stops a busy deployment after a warning, with idle
 * hibernation off; a wake outside the hours runs; bad settings change nothing.
 */
class ScheduledStopIntegrationTest extends DrivenEngineTest {

    private static final List<DayOfWeek> EVERY_DAY = List.of(DayOfWeek.values());

    @Autowired
    HibernationCommands hibernation;

    @Test
    void theEndOfWorkingHoursWarnsThenHibernatesABusyDeploymentAndAWakeAfterThemRuns() {
        DeploymentResponse d = runningAndBusy();
        // Hours ending two to three minutes from now (UTC, every day), whatever time the shared clock shows.
        LocalTime end = LocalTime.ofInstant(clock.instant(), ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.MINUTES)
                .plusMinutes(3);
        WorkingHours hours = new WorkingHours("UTC", EVERY_DAY, end.minusHours(2), end);
        DeploymentResponse set =
                hibernation.configure(user, d.id(), new HibernationSettings(false, 5, 60, hours, null));
        Instant due = set.hibernation().hoursStopAt();
        assertThat(due).isAfter(clock.instant().plus(Duration.ofMinutes(2)));
        assertThat(LocalTime.ofInstant(due, ZoneOffset.UTC)).isEqualTo(end);
        assertThat(set.hibernation().workingHours()).isEqualTo(hours);

        runFor(Duration.between(clock.instant(), due).minusSeconds(20));
        assertThat(get(d.id()).status()).isEqualTo(DeploymentStatus.running);
        String described = "every day " + end.minusHours(2) + "–" + end + " UTC";
        assertThat(messages(d.id()))
                .containsOnlyOnce("Working hours end (" + described + "): hibernating in 60 s, however busy it is");

        runFor(Duration.ofSeconds(40));
        DeploymentResponse stopped = get(d.id());
        assertThat(stopped.status()).isEqualTo(DeploymentStatus.hibernated);
        assertThat(messages(d.id()))
                .contains("Outside working hours (" + described + "): hibernating; its disk is kept, and a wake"
                        + " resumes it");
        assertThat(stopped.hibernation().hoursStopAt()).as("not running").isNull();

        hibernation.wake(user, d.id());
        runFor(Duration.ofSeconds(40));
        DeploymentResponse woken = get(d.id());
        assertThat(woken.status()).isEqualTo(DeploymentStatus.running);
        assertThat(woken.hibernation().hoursStopAt())
                .as("woken outside the hours: it runs until the end of the next ones")
                .isEqualTo(due.plus(Duration.ofDays(1)));
        runFor(Duration.ofMinutes(3));
        assertThat(get(d.id()).status()).isEqualTo(DeploymentStatus.running);
    }

    @Test
    void theRunLimitHibernatesABusyDeploymentAndRestartsAtEachWake() {
        DeploymentResponse d = runningAndBusy();
        DeploymentResponse set = hibernation.configure(user, d.id(), new HibernationSettings(false, 5, 60, null, 300));
        HibernationState state = set.hibernation();
        assertThat(state.maxRunSeconds()).isEqualTo(300);
        assertThat(state.runningSince()).isEqualTo(set.phases().running());
        Instant due = state.runningSince().plusSeconds(300);
        assertThat(state.maxRunStopAt()).isEqualTo(due);

        runFor(Duration.between(clock.instant(), due).minusSeconds(5));
        assertThat(get(d.id()).status()).isEqualTo(DeploymentStatus.running);
        assertThat(messages(d.id()))
                .containsOnlyOnce("Run time limit of 5 min almost reached: hibernating in 60 s, however busy it is");

        runFor(Duration.ofSeconds(20));
        assertThat(get(d.id()).status()).isEqualTo(DeploymentStatus.hibernated);
        assertThat(messages(d.id()))
                .contains("Ran for its limit of 5 min: hibernating; its disk is kept, and a wake resumes it");

        hibernation.wake(user, d.id());
        runFor(Duration.ofSeconds(40));
        DeploymentResponse woken = get(d.id());
        assertThat(woken.status()).isEqualTo(DeploymentStatus.running);
        assertThat(woken.hibernation().runningSince()).isAfter(due);
        assertThat(woken.hibernation().maxRunStopAt())
                .isEqualTo(woken.hibernation().runningSince().plusSeconds(300));
        runFor(Duration.ofMinutes(4));
        assertThat(get(d.id()).status()).as("a new run, a new five minutes").isEqualTo(DeploymentStatus.running);
    }

    @Test
    void badSettingsAreRefusedNamingTheFieldAndChangeNothing() {
        DeploymentResponse d = runningAndBusy();
        WorkingHours office =
                new WorkingHours("Europe/Paris", List.of(DayOfWeek.MONDAY), LocalTime.of(9, 0), LocalTime.of(19, 0));
        DeploymentResponse before =
                hibernation.configure(user, d.id(), new HibernationSettings(true, 5, 600, office, 3600));
        int events = messages(d.id()).size();

        Map<String, HibernationSettings> bad = Map.of(
                "working_hours.time_zone",
                new HibernationSettings(
                        false,
                        10,
                        60,
                        new WorkingHours("Mars/Olympus", office.days(), office.start(), office.end()),
                        null),
                "working_hours.days",
                new HibernationSettings(
                        false, 10, 60, new WorkingHours("UTC", List.of(), office.start(), office.end()), null),
                "working_hours.end",
                new HibernationSettings(
                        false, 10, 60, new WorkingHours("UTC", office.days(), office.start(), office.start()), null),
                "max_run_seconds",
                new HibernationSettings(false, 10, 60, null, 7 * 86_400 + 1));
        bad.forEach((field, settings) -> {
            ProblemException refused =
                    catchThrowableOfType(ProblemException.class, () -> hibernation.configure(user, d.id(), settings));
            assertThat(refused.getStatusCode().value()).as(field).isEqualTo(422);
            assertThat(refused.getBody().getProperties().get("errors").toString())
                    .as(field)
                    .contains("field=" + field);
        });
        assertThat(catchThrowableOfType(
                                ProblemException.class,
                                () -> hibernation.configure(
                                        user, d.id(), new HibernationSettings(true, 5, 60, null, 59)))
                        .getBody()
                        .getDetail())
                .contains("max_run_seconds");

        DeploymentResponse after = get(d.id());
        assertThat(after.hibernation().workingHours()).isEqualTo(office);
        assertThat(after.hibernation().maxRunSeconds()).isEqualTo(3600);
        assertThat(after.hibernation().enabled()).isTrue();
        assertThat(after.hibernation().idleWindowSeconds()).isEqualTo(600);
        assertThat(after.hibernation().maxRunStopAt())
                .isEqualTo(before.hibernation().maxRunStopAt());
        assertThat(messages(d.id())).hasSize(events);
    }

    /** A running JupyterLab whose GPU is busy: idle hibernation alone would never stop it. */
    private DeploymentResponse runningAndBusy() {
        DeploymentResponse d = deployments.deploy(
                user,
                "jupyter-lab",
                new DeployRequest(null, null, null, Map.of(), null, ProvisioningStrategy.roundrobin));
        runFor(Duration.ofSeconds(45));
        DeploymentResponse running = get(d.id());
        assertThat(running.status()).isEqualTo(DeploymentStatus.running);
        sim.setGpuUtilization(running.instanceId(), 80);
        return running;
    }
}
