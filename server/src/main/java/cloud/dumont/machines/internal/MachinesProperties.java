package cloud.dumont.machines.internal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of host history and the automatic blacklist ({@code dumont.machines.*}).
 *
 * @param minAttempts a machine is judged once it has at least this many counted attempts (ready or failed) since it
 *     was last released
 * @param minSuccessRate below this share of ready attempts it is blacklisted
 * @param firstBlacklist how long a first automatic entry lasts; each repeat offence doubles it
 * @param maxBlacklist the longest an automatic entry lasts
 * @param verdictWindow attempts older than this no longer count against a machine
 * @param offenceMemory entries older than this no longer make a new one longer
 */
@Validated
@ConfigurationProperties("dumont.machines")
public record MachinesProperties(
        @Positive int minAttempts,
        @DecimalMin("0") @DecimalMax("1") double minSuccessRate,
        @NotNull Duration firstBlacklist,
        @NotNull Duration maxBlacklist,
        @NotNull Duration verdictWindow,
        @NotNull Duration offenceMemory) {}
