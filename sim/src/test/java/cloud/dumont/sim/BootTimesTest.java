package cloud.dumont.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BootTimesTest {

    private static List<Duration> draws(BootTimes times, int n) {
        SplittableRandom random = new SplittableRandom(3);
        return IntStream.range(0, n).mapToObj(i -> times.draw(random)).toList();
    }

    @Test
    void logNormalCentresOnTheMedianWithinItsBounds() {
        BootTimes times =
                BootTimes.logNormal(Duration.ofSeconds(30), 0.6, Duration.ofSeconds(10), Duration.ofMinutes(5));
        List<Duration> draws = draws(times, 2000);
        assertThat(draws).allSatisfy(d -> assertThat(d).isBetween(Duration.ofSeconds(10), Duration.ofMinutes(5)));
        long below = draws.stream()
                .filter(d -> d.compareTo(Duration.ofSeconds(30)) < 0)
                .count();
        assertThat(below).isBetween(900L, 1100L);
    }

    @Test
    void scalingShrinksEveryDurationForFastTests() {
        BootTimes fast = BootTimes.realistic().scaled(0.01);
        assertThat(draws(fast, 500)).allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(Duration.ofSeconds(6)));
        assertThat(BootTimes.fixed(Duration.ofSeconds(10)).scaled(0.5).draw(new SplittableRandom()))
                .isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void uniformStaysInRangeAndFixedIsFixed() {
        assertThat(draws(BootTimes.uniform(Duration.ofMillis(100), Duration.ofMillis(200)), 200))
                .allSatisfy(d -> assertThat(d.toMillis()).isBetween(100L, 200L));
        assertThat(draws(BootTimes.fixed(Duration.ofSeconds(7)), 3)).containsOnly(Duration.ofSeconds(7));
    }

    @Test
    void nonsenseIsRejected() {
        assertThatThrownBy(() -> BootTimes.fixed(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BootTimes.uniform(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
