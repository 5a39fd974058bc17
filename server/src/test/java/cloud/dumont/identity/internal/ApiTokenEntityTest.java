package cloud.dumont.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApiTokenEntityTest {

    static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void lastUseIsRecordedToTheMinuteSoBurstsDoNotWriteEveryTime() {
        ApiTokenEntity token = new ApiTokenEntity(UUID.randomUUID(), "cli", "dmt_abcdef", "hash", T0, null);

        token.usedAt(T0);
        token.usedAt(T0.plusSeconds(30));
        assertThat(token.getLastUsedAt()).isEqualTo(T0);

        token.usedAt(T0.plus(Duration.ofMinutes(2)));
        assertThat(token.getLastUsedAt()).isEqualTo(T0.plus(Duration.ofMinutes(2)));
    }

    @Test
    void expiresAtItsDeadline() {
        ApiTokenEntity token =
                new ApiTokenEntity(UUID.randomUUID(), "ci", "dmt_abcdef", "hash", T0, T0.plusSeconds(60));

        assertThat(token.expiredAt(T0.plusSeconds(59))).isFalse();
        assertThat(token.expiredAt(T0.plusSeconds(60))).isTrue();
    }
}
