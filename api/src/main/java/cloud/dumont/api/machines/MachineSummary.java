package cloud.dumont.api.machines;

import java.time.Instant;

/**
 * A provider machine's track record.
 *
 * @param attempts every recorded attempt, race losers and early destroys included
 * @param successes attempts that became ready
 * @param failures attempts that failed on this machine
 * @param successRate successes / (successes + failures); null before any attempt counted
 * @param medianSecondsToReady over the ready attempts; null before any
 * @param blacklistedUntil when the active blacklist entry ends; null when none is active or it lasts until cleared
 */
public record MachineSummary(
        long machineId,
        String gpuName,
        int attempts,
        int successes,
        int failures,
        Double successRate,
        Double medianSecondsToReady,
        Instant lastAttemptAt,
        boolean blacklisted,
        Instant blacklistedUntil) {}
