package cloud.dumont.api.deployment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * When a deployment hibernates on its own. A PUT replaces all of it: a null {@code workingHours} or
 * {@code maxRunSeconds} means none. Working hours and the run limit apply whether idle hibernation is on or off: they
 * are explicit choices of their own.
 *
 * @param enabled off: it does not hibernate when idle (working hours and the run limit still apply)
 * @param idleThresholdPct GPU utilisation under which the GPU counts as idle, 1 to 50 percent
 * @param idleWindowSeconds how long the GPU and the app must stay idle together, 60 s to 24 h
 * @param workingHours outside these hours it hibernates even if busy, after a warning; null for none. A deployment
 *     started or woken outside them runs, judged by idleness only, until the end of the next working hours
 * @param maxRunSeconds the longest it runs in one go, 60 s to 7 days, after which it hibernates even if busy, after a
 *     warning; the clock starts again at each start and wake; null for no limit
 */
public record HibernationSettings(
        @NotNull Boolean enabled,
        @NotNull @Min(1) @Max(50) Integer idleThresholdPct,
        @NotNull @Min(60) @Max(86_400) Integer idleWindowSeconds,
        WorkingHours workingHours,
        Integer maxRunSeconds) {

    /** Idle hibernation alone: no working hours, no run limit. */
    public HibernationSettings(Boolean enabled, Integer idleThresholdPct, Integer idleWindowSeconds) {
        this(enabled, idleThresholdPct, idleWindowSeconds, null, null);
    }
}
