package cloud.dumont.deployment;

import java.util.Collection;
import java.util.Map;

/**
 * What Dumont has measured on provider machines, as the offer ranking needs it. The deployment module owns this port
 * and host history implements it, since host history listens to the deployment module's launch events (a call the
 * other way round would be a module cycle). Without an implementation no machine has a record.
 */
public interface MachineRecords {

    MachineRecords NONE = machineIds -> Map.of();

    /** The records of those of these machines (of the cloud the server uses now) that have one. */
    Map<Long, MachineRecord> records(Collection<Long> machineIds);

    /**
     * A machine's track record.
     *
     * @param successes attempts that became ready
     * @param failures attempts that failed on it (race losers and early destroys do not count)
     * @param medianSecondsToReady over its ready attempts; null without any
     */
    record MachineRecord(int successes, int failures, Double medianSecondsToReady) {}
}
