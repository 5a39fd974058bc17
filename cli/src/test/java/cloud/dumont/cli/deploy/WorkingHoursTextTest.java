package cloud.dumont.cli.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloud.dumont.api.deployment.WorkingHours;
import cloud.dumont.cli.Cli;
import cloud.dumont.cli.CliEnvironment;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code --hours} as people write it, and the hibernation command's usage errors, without a server. */
class WorkingHoursTextTest {

    private static final ZoneId HERE = ZoneId.of("America/New_York");

    @Test
    void daysTimesAndAnOptionalZoneAreRead() {
        WorkingHours office = WorkingHoursText.parse("Mon-Fri 09:00-19:00 Europe/Paris", HERE);
        assertThat(office)
                .isEqualTo(new WorkingHours(
                        "Europe/Paris",
                        List.of(
                                DayOfWeek.MONDAY,
                                DayOfWeek.TUESDAY,
                                DayOfWeek.WEDNESDAY,
                                DayOfWeek.THURSDAY,
                                DayOfWeek.FRIDAY),
                        LocalTime.of(9, 0),
                        LocalTime.of(19, 0)));
        assertThat(WorkingHoursText.format(office)).isEqualTo("Mon–Fri 09:00–19:00 Europe/Paris");

        WorkingHours nights = WorkingHoursText.parse("sat-mon,wednesday 22:00 - 6:30", HERE);
        assertThat(nights.timeZone()).as("this machine's zone").isEqualTo("America/New_York");
        assertThat(nights.days())
                .containsExactly(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(nights.end()).isEqualTo(LocalTime.of(6, 30));
        assertThat(WorkingHoursText.format(nights)).isEqualTo("Mon, Wed, Sat–Sun 22:00–06:30 America/New_York");

        assertThat(WorkingHoursText.parse("daily 08:00–20:00 UTC", HERE).days()).hasSize(7);
    }

    @Test
    void whatIsNotWorkingHoursSaysWhy() {
        assertThatThrownBy(() -> WorkingHoursText.parse("weekdays 9-5", HERE))
                .isInstanceOf(CommandLine.TypeConversionException.class)
                .hasMessageContaining("DAYS FROM-TO [ZONE]");
        assertThatThrownBy(() -> WorkingHoursText.parse("Mon-Fro 09:00-19:00", HERE))
                .hasMessageContaining("'fro' is not a day");
        assertThatThrownBy(() -> WorkingHoursText.parse("Mon 09:00-09:00", HERE))
                .hasMessageContaining("start and end at the same time");
        assertThatThrownBy(() -> WorkingHoursText.parse("Mon 09:00-25:00", HERE))
                .hasMessageContaining("'25:00' is not a time of day");
        assertThatThrownBy(() -> WorkingHoursText.parse("Mon 09:00-19:00 Mars/Olympus", HERE))
                .hasMessageContaining("'Mars/Olympus' is not a time zone");
        assertThatThrownBy(() -> WorkingHoursText.parse("Mon 09:00-19:00 +02:00", HERE))
                .as("an offset is not a zone: it knows no daylight saving")
                .hasMessageContaining("'+02:00' is not a time zone");
    }

    @Test
    void theHibernationCommandRefusesBadOrClashingOptionsBeforeAskingTheServer() {
        StringWriter err = new StringWriter();
        int bad = Cli.run(
                new String[] {"deployments", "hibernation", "3f6c1c2e", "--hours", "whenever"},
                environment(new StringWriter(), err));
        assertThat(bad).isEqualTo(2);
        assertThat(err.toString()).contains("'whenever' are not working hours");

        StringWriter clash = new StringWriter();
        assertThat(Cli.run(
                        new String[] {"deployments", "hibernation", "3f6c1c2e", "--max-run", "8h", "--no-max-run"},
                        environment(new StringWriter(), clash)))
                .isEqualTo(2);
        assertThat(clash.toString()).contains("mutually exclusive");

        StringWriter nothing = new StringWriter();
        assertThat(Cli.run(
                        new String[] {"deployments", "hibernation", "3f6c1c2e"},
                        environment(new StringWriter(), nothing)))
                .isEqualTo(1);
        assertThat(nothing.toString()).contains("Nothing to change");
    }

    private static CliEnvironment environment(StringWriter out, StringWriter err) {
        return CliEnvironment.of(
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                new ByteArrayInputStream(new byte[0]),
                Map.of(),
                Path.of("target", "no-config"));
    }
}
