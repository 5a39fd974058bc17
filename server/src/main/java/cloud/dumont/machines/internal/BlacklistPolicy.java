package cloud.dumont.machines.internal;

import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * When a machine is blacklisted automatically and for how long. A machine with fewer than {@code minSuccessRate}
 * successes over at least {@code minAttempts} counted attempts is blacklisted; the first entry lasts {@code
 * firstBlacklist} (24 h by default), each repeat offence twice as long as the one before, up to {@code maxBlacklist}
 * (30 days). Only attempts since the machine was last released count, so an expired entry gives the machine a clean
 * slate rather than an immediate second verdict on the same failures.
 */
@Component
class BlacklistPolicy {

    private final MachinesProperties properties;

    BlacklistPolicy(MachinesProperties properties) {
        this.properties = properties;
    }

    /** True when this record since release is bad enough to blacklist the machine. */
    boolean failing(int successes, int failures) {
        int counted = successes + failures;
        return counted >= properties.minAttempts() && successes < properties.minSuccessRate() * counted;
    }

    /** How long the {@code offence}-th entry (1 for a first) lasts. */
    Duration duration(int offence) {
        Duration max = properties.maxBlacklist();
        Duration d = properties.firstBlacklist();
        for (int i = 1; i < offence; i++) {
            d = d.multipliedBy(2);
            if (d.compareTo(max) >= 0) {
                return max;
            }
        }
        return d.compareTo(max) > 0 ? max : d;
    }

    String reason(int successes, int failures) {
        return String.format(
                "%d of %d attempts failed (success rate %.0f %%, below %.0f %%)",
                failures,
                successes + failures,
                100.0 * successes / (successes + failures),
                100 * properties.minSuccessRate());
    }
}
