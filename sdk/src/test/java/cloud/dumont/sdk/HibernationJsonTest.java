package cloud.dumont.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.dumont.api.deployment.HibernationSettings;
import cloud.dumont.api.deployment.HibernationState;
import cloud.dumont.api.deployment.WorkingHours;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Working hours and the run limit as the SDK writes and reads them: the server's snake_case, ISO times. */
class HibernationJsonTest {

    @Test
    void settingsAreWrittenAsTheServerReadsThem() {
        HibernationSettings settings = new HibernationSettings(
                false,
                5,
                180,
                new WorkingHours(
                        "Europe/Paris",
                        List.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                        LocalTime.of(9, 0),
                        LocalTime.of(19, 30)),
                28_800);

        JsonNode json = Http.JSON.readTree(Http.JSON.writeValueAsString(settings));

        assertThat(json.get("max_run_seconds").asInt()).isEqualTo(28_800);
        JsonNode hours = json.get("working_hours");
        assertThat(hours.get("time_zone").asString()).isEqualTo("Europe/Paris");
        assertThat(hours.get("days").toString()).isEqualTo("[\"MONDAY\",\"FRIDAY\"]");
        assertThat(LocalTime.parse(hours.get("start").asString())).isEqualTo(LocalTime.of(9, 0));
        assertThat(LocalTime.parse(hours.get("end").asString())).isEqualTo(LocalTime.of(19, 30));
        assertThat(Http.JSON
                        .readTree(Http.JSON.writeValueAsString(new HibernationSettings(true, 5, 180)))
                        .get("working_hours")
                        .isNull())
                .as("idle hibernation alone: no hours")
                .isTrue();
    }

    @Test
    void aStateWithAScheduleIsReadAndAnOlderServersWithoutOneToo() {
        HibernationState state = Http.JSON.readValue(
                """
                {"enabled": true, "idle_threshold_pct": 5, "idle_window_seconds": 180, "saved_usd": 1.5,
                 "working_hours": {"time_zone": "UTC", "days": ["SATURDAY"], "start": "22:00:00", "end": "06:00:00"},
                 "max_run_seconds": 3600, "running_since": "2026-07-04T20:00:00Z",
                 "hours_stop_at": "2026-07-05T06:00:00Z", "max_run_stop_at": "2026-07-04T21:00:00Z"}""",
                HibernationState.class);
        assertThat(state.workingHours().days()).containsExactly(DayOfWeek.SATURDAY);
        assertThat(state.workingHours().end()).isEqualTo(LocalTime.of(6, 0));
        assertThat(state.maxRunStopAt()).isEqualTo(Instant.parse("2026-07-04T21:00:00Z"));

        HibernationState older = Http.JSON.readValue(
                "{\"enabled\": true, \"idle_threshold_pct\": 5, \"idle_window_seconds\": 180}", HibernationState.class);
        assertThat(older.workingHours()).isNull();
        assertThat(older.maxRunSeconds()).isNull();
    }
}
