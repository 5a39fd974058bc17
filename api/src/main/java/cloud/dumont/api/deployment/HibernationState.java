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
 * @param workingHours outside these it hibernates even if busy; null for none
 * @param maxRunSeconds the longest it runs in one go before it hibernates even if busy; null for no limit
 * @param runningSince when its current run began (its start or last wake); null unless it is running
 * @param hoursStopAt when its working hours will stop it; null without working hours or unless it is running
 * @param maxRunStopAt when its run limit will stop it; null without a limit or unless it is running
 * @param stage while hibernated: {@code stopped} (stage 1: the instance stopped, its disk kept and billed) or
 *     {@code snapshot} (stage 2: the instance destroyed, only the workspace snapshot kept); null otherwise
 * @param snapshotId the workspace snapshot its hibernation took; null when it took none (no agent reported), or
 *     unless hibernated or waking (a stuck restart then moves to a new instance restoring it; without one Dumont
 *     waits for the stopped instance, whose disk is the workspace's only copy)
 * @param releasesAt when a stopped instance will be destroyed and only the snapshot kept; null without a snapshot
 *     or once that is done
 */
public record HibernationState(
        boolean enabled,
        int idleThresholdPct,
        int idleWindowSeconds,
        Instant idleSince,
        Instant hibernatesAt,
        Instant hibernatedAt,
        double savedUsd,
        String lastSignal,
        WorkingHours workingHours,
        Integer maxRunSeconds,
        Instant runningSince,
        Instant hoursStopAt,
        Instant maxRunStopAt,
        String stage,
        java.util.UUID snapshotId,
        Instant releasesAt) {}
