package cloud.dumont.api.deployment;

import java.time.Instant;

/**
 * A deployment's hibernation: its settings and what they have done.
 *
 * @param idleSince when the GPU and the app last became idle together; null while either is busy or unknown (missing
 *     data never counts as idle)
 * @param hibernatesAt when it will hibernate if it stays idle; null when it is not idle
 * @param hibernatedAt when its current hibernation began; null when it is not hibernated
 * @param savedUsd the GPU hours it did not pay for while hibernated, in US dollars, to date
 * @param lastSignal what the last idle check saw, in words ("GPU 2 %, no kernel busy")
 */
public record HibernationState(
        boolean enabled,
        int idleThresholdPct,
        int idleWindowSeconds,
        Instant idleSince,
        Instant hibernatesAt,
        Instant hibernatedAt,
        double savedUsd,
        String lastSignal) {}
