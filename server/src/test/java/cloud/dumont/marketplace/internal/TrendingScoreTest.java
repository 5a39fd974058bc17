package cloud.dumont.marketplace.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Trending is launches weighted by recency, not an all-time counter. */
class TrendingScoreTest {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

    @Test
    void aLaunchCountsOneWhenNewAndHalfAfterOneHalfLife() {
        assertThat(score(NOW, NOW)).isCloseTo(1.0, within(1e-9));
        assertThat(score(NOW.minus(Duration.ofDays(3)), NOW)).isCloseTo(0.5, within(1e-9));
        assertThat(score(NOW.minus(Duration.ofDays(30)), NOW)).isCloseTo(1.0 / 1024, within(1e-9));
    }

    @Test
    void twoRecentLaunchesOutrankFiveOldOnes() {
        double old = 5 * TemplateStats.weight(NOW.minus(Duration.ofDays(12)));
        double recent = 2 * TemplateStats.weight(NOW.minus(Duration.ofHours(6)));

        assertThat(recent).isGreaterThan(old);
        assertThat(stats(recent).trendingScore(NOW)).isCloseTo(2 * Math.pow(2, -0.25 / 3), within(1e-9));
    }

    @Test
    void weightsStayFiniteForYears() {
        assertThat(TemplateStats.weight(Instant.parse("2034-01-01T00:00:00Z"))).isFinite();
    }

    private static double score(Instant launchedAt, Instant now) {
        return stats(TemplateStats.weight(launchedAt)).trendingScore(now);
    }

    private static TemplateStats.Stats stats(double weight) {
        return new TemplateStats.Stats(0, 0, 1, 0, 0, weight);
    }
}
