package cloud.dumont.budgets.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ThresholdsTest {

    @Test
    void aThresholdIsReachedAtExactlyItsShare() {
        assertThat(Thresholds.reached(24.99, 50)).isEmpty();
        assertThat(Thresholds.reached(25, 50)).containsExactly(50);
        assertThat(Thresholds.reached(40, 50)).containsExactly(50, 80);
        assertThat(Thresholds.reached(0.3 * 0.8 * 100, 30)).containsExactly(50, 80); // 24.000000000000004
        assertThat(Thresholds.reached(50, 50)).containsExactly(50, 80, 100);
        assertThat(Thresholds.reached(500, 50)).containsExactly(50, 80, 100);
    }

    @Test
    void theNoticeSaysWhatHappens() {
        assertThat(Thresholds.message(80, 40.123, 50))
                .isEqualTo("Budget: 80 % of your $50 monthly budget is spent ($40.12)");
        assertThat(Thresholds.message(50, 24.75, 49.5))
                .isEqualTo("Budget: 50 % of your $49.50 monthly budget is spent ($24.75)");
        assertThat(Thresholds.message(100, 50.03, 50))
                .startsWith("Budget: 100 % of your $50 monthly budget is spent ($50.03)")
                .contains("your running deployments hibernate");
    }

    @Test
    void aMonthIsTheUtcCalendarMonth() {
        BudgetMonth month = BudgetMonth.of(Instant.parse("2026-07-31T23:59:59Z"));
        assertThat(month.key()).isEqualTo("2026-07");
        assertThat(month.start()).isEqualTo(Instant.parse("2026-07-01T00:00:00Z"));
        assertThat(BudgetMonth.of(Instant.parse("2026-08-01T00:00:00Z")).key()).isEqualTo("2026-08");
    }
}
