package cloud.dumont.api.machines;

import java.util.List;

/**
 * One machine: its track record, its blacklist entries (newest first, the active one included) and its latest
 * attempts (newest first).
 */
public record MachineDetail(MachineSummary summary, List<BlacklistEntry> blacklist, List<MachineAttempt> attempts) {}
