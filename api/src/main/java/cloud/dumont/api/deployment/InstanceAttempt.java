package cloud.dumont.api.deployment;

import java.time.Instant;

/**
 * One instance a deployment rented while looking for a working GPU.
 *
 * @param seq 1 for the first instance ordered, then 2, 3 ...
 * @param outcome {@code booting} (ordered, not ready yet), {@code ready} (passed its health check), {@code dead}
 *     (given up: the reason says why), {@code failed} (the deployment failed on it) or {@code destroyed}
 * @param reason why it was given up or failed, in the provider's or the health check's words
 * @param costUsd what it cost while rented: its $/h times the hours from order to end (or to now while it runs)
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
        Double costUsd) {

    /** This attempt, passed its health check at {@code at}. */
    public InstanceAttempt ready(Instant at) {
        return new InstanceAttempt(
                seq,
                instanceId,
                offerId,
                machineId,
                gpuName,
                location,
                pricePerHour,
                "ready",
                null,
                orderedAt,
                at,
                null,
                null);
    }

    /**
     * This attempt, ended at {@code at} with {@code outcome}; its cost is its price for the hours from order to end.
     *
     * @param why the reason, or null to keep the one it has
     */
    public InstanceAttempt ended(String outcome, String why, Instant at) {
        Double cost = pricePerHour == null || orderedAt == null
                ? null
                : pricePerHour * java.time.Duration.between(orderedAt, at).toMillis() / 3_600_000.0;
        return new InstanceAttempt(
                seq,
                instanceId,
                offerId,
                machineId,
                gpuName,
                location,
                pricePerHour,
                outcome,
                why == null ? reason : why,
                orderedAt,
                readyAt,
                at,
                cost);
    }
}
