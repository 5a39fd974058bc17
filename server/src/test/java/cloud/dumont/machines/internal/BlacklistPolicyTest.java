package cloud.dumont.machines.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BlacklistPolicyTest {

    private final BlacklistPolicy policy = new BlacklistPolicy(new MachinesProperties(
            3, 0.3, Duration.ofHours(24), Duration.ofDays(30), Duration.ofDays(30), Duration.ofDays(90)));

    @Test
    void aMachineIsJudgedOnlyFromThreeCountedAttemptsAndFailsBelowThirtyPercent() {
        assertThat(policy.failing(0, 2)).isFalse();
        assertThat(policy.failing(0, 3)).isTrue();
        assertThat(policy.failing(1, 2)).as("1 of 3 is 33 %").isFalse();
        assertThat(policy.failing(1, 3)).as("1 of 4 is 25 %").isTrue();
        assertThat(policy.failing(3, 7)).as("3 of 10 is exactly 30 %").isFalse();
        assertThat(policy.failing(2, 8)).isTrue();
        assertThat(policy.failing(5, 0)).isFalse();
    }

    @Test
    void eachRepeatOffenceLastsTwiceAsLongUpToThirtyDays() {
        assertThat(policy.duration(1)).isEqualTo(Duration.ofHours(24));
        assertThat(policy.duration(2)).isEqualTo(Duration.ofHours(48));
        assertThat(policy.duration(3)).isEqualTo(Duration.ofHours(96));
        assertThat(policy.duration(5)).isEqualTo(Duration.ofDays(16));
        assertThat(policy.duration(6)).isEqualTo(Duration.ofDays(30));
        assertThat(policy.duration(40)).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void theReasonSaysHowManyFailed() {
        assertThat(policy.reason(1, 3)).isEqualTo("3 of 4 attempts failed (success rate 25 %, below 30 %)");
    }
}
