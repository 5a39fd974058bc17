package cloud.dumont.api.deployment;

import java.time.Duration;
import java.time.Instant;

/**
 * One instance a deployment rented while looking for a working GPU.
 *
 * <p>Its cost follows how the provider bills: the disk from the order on, the GPU only while the instance runs (Vast.ai
 * starts GPU billing at {@code running}; a stopped instance pays for its disk alone).
 *
 * @param seq 1 for the first instance ordered, then 2, 3 ...
 * @param pricePerHour what it costs per hour while it runs: GPU (the on-demand price, or the bid) plus disk
 * @param outcome {@code booting} (ordered, not ready yet), {@code ready} (passed its health check), {@code dead}
 *     (given up: the reason says why), {@code lost} (a race loser), {@code failed} (the deployment failed on it),
 *     {@code outbid} (an interruptible instance stopped by a higher bid) or {@code destroyed}
 * @param reason why it was given up or failed, in the provider's or the health check's words
 * @param costUsd what it has cost: disk for the hours from order to end (or to now), GPU for the hours it ran
 * @param storagePerHour the disk's share of {@link #pricePerHour()}, billed even while the instance is not running;
 *     null for attempts recorded before Dumont split the two (they are billed in full from the order)
 * @param gpuHours the hours it ran before {@link #runningSince()}
 * @param runningSince when the provider was first seen running it in its current run, or null while it does not run
 */
public record InstanceAttempt(
        int seq,
        long instanceId,
        Long offerId,
        Long machineId,
        String gpuName,
        String location,
        Double pricePerHour,
        String outcome,
        String reason,
        Instant orderedAt,
        Instant readyAt,
        Instant endedAt,
        Double costUsd,
        Double storagePerHour,
        Double gpuHours,
        Instant runningSince) {

    /** A just-ordered instance, booting, that has cost nothing yet. */
    public static InstanceAttempt ordered(
            int seq,
            long instanceId,
            Long offerId,
            Long machineId,
            String gpuName,
            String location,
            Double pricePerHour,
            Double storagePerHour,
            Instant at) {
        return new InstanceAttempt(
                seq,
                instanceId,
                offerId,
                machineId,
                gpuName,
                location,
                pricePerHour,
                "booting",
                null,
                at,
                null,
                null,
                null,
                storagePerHour,
                0.0,
                null);
    }

    /** This attempt, passed its health check at {@code at}. */
    public InstanceAttempt ready(Instant at) {
        return copy("ready", null, at, null, costUsd, gpuHours, runningSince);
    }

    /** This attempt, seen running by the provider at {@code at}: its GPU is billed from now on. */
    public InstanceAttempt running(Instant at) {
        return runningSince != null || endedAt != null
                ? this
                : copy(outcome, reason, readyAt, endedAt, costUsd, gpuHours, at);
    }

    /** This attempt, seen not running (stopped, or not started) at {@code at}: its GPU is no longer billed. */
    public InstanceAttempt notRunning(Instant at) {
        return runningSince == null ? this : copy(outcome, reason, readyAt, endedAt, costUsd, gpuHoursTo(at), null);
    }

    /**
     * This attempt, ended at {@code at} with {@code outcome}; its cost is fixed.
     *
     * @param why the reason, or null to keep the one it has
     */
    public InstanceAttempt ended(String outcome, String why, Instant at) {
        return copy(outcome, why == null ? reason : why, readyAt, at, costAt(at), gpuHoursTo(at), null);
    }

    /** What it has cost by {@code at}: fixed once it ended. */
    public Double costAt(Instant at) {
        if (endedAt != null && costUsd != null) {
            return costUsd;
        }
        if (pricePerHour == null || orderedAt == null) {
            return null;
        }
        Instant end = endedAt != null ? endedAt : at;
        double rentedHours = hours(orderedAt, end);
        if (storagePerHour == null) {
            return pricePerHour * rentedHours; // recorded before the split: billed as if it ran all along
        }
        return storagePerHour * rentedHours + (pricePerHour - storagePerHour) * gpuHoursTo(end);
    }

    /**
     * What it cost between {@code from} and {@code to}, for any two instants: nothing before its order or after its
     * end, so the costs of adjacent windows (months) add up to its whole cost.
     *
     * <p>The disk's share is exact. Of the GPU's, only the current run's start is known: the hours it ran before are
     * kept as a sum, so they are counted from the order on. A window that cuts through an earlier run (or through an
     * ended attempt) may thus take up to the unbilled time before that run (a boot) too few GPU hours, and the window
     * before it as many too many.
     */
    public double costBetween(Instant from, Instant to) {
        if (pricePerHour == null || orderedAt == null || !to.isAfter(from)) {
            return 0;
        }
        return Math.max(0, billedBy(to) - billedBy(from));
    }

    /** The cost by {@code at}, for any instant: 0 before the order, the final cost from the end on. */
    private double billedBy(Instant at) {
        Instant until = endedAt != null && endedAt.isBefore(at) ? endedAt : at;
        double rentedHours = hours(orderedAt, until);
        if (storagePerHour == null) {
            return pricePerHour * rentedHours;
        }
        return storagePerHour * rentedHours + (pricePerHour - storagePerHour) * gpuHoursBy(until);
    }

    /** The GPU hours billed by {@code at}: the current run exactly, earlier runs as if they began at the order. */
    private double gpuHoursBy(Instant at) {
        if (runningSince != null && !at.isBefore(runningSince)) {
            return gpuHoursTo(at);
        }
        double before = gpuHours == null ? 0 : gpuHours;
        return Math.min(before, hours(orderedAt, at));
    }

    /** This attempt with {@link #costUsd()} filled in to {@code at} while it lasts (an ended one keeps its own). */
    public InstanceAttempt costedAt(Instant at) {
        return endedAt != null ? this : copy(outcome, reason, readyAt, endedAt, costAt(at), gpuHours, runningSince);
    }

    /** The hours the GPU was billed by {@code at}. */
    public double gpuHoursTo(Instant at) {
        double before = gpuHours == null ? 0 : gpuHours;
        return runningSince == null || at.isBefore(runningSince) ? before : before + hours(runningSince, at);
    }

    private InstanceAttempt copy(
            String newOutcome,
            String newReason,
            Instant newReadyAt,
            Instant newEndedAt,
            Double newCost,
            Double newGpuHours,
            Instant newRunningSince) {
        return new InstanceAttempt(
                seq,
                instanceId,
                offerId,
                machineId,
                gpuName,
                location,
                pricePerHour,
                newOutcome,
                newReason,
                orderedAt,
                newReadyAt,
                newEndedAt,
                newCost,
                storagePerHour,
                newGpuHours,
                newRunningSince);
    }

    private static double hours(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toMillis()) / 3_600_000.0;
    }
}
