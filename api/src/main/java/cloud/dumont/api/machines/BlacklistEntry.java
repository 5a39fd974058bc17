package cloud.dumont.api.machines;

import java.time.Instant;

/**
 * A blacklisting of a machine, active or past.
 *
 * @param source automatic (too many failed attempts) or admin
 * @param offence how many times the machine has been blacklisted, this time included; repeat offences last longer
 * @param expiresAt when the entry ends by itself; null when only an admin can end it
 * @param clearedAt when an admin cleared it early; null otherwise
 */
public record BlacklistEntry(
        long machineId,
        String source,
        String reason,
        int offence,
        Instant startedAt,
        Instant expiresAt,
        Instant clearedAt,
        String clearReason,
        boolean active) {}
