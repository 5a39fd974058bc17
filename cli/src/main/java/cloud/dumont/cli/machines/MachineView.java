package cloud.dumont.cli.machines;

import cloud.dumont.api.machines.BlacklistEntry;
import cloud.dumont.api.machines.MachineAttempt;
import cloud.dumont.api.machines.MachineDetail;
import cloud.dumont.api.machines.MachineSummary;
import cloud.dumont.cli.output.Cells;
import cloud.dumont.cli.output.Details;
import cloud.dumont.cli.output.Rendered;
import cloud.dumont.cli.output.Table;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** How machines look for people: a list of track records, and one machine with its entries and attempts. */
final class MachineView {

    private MachineView() {}

    static Table<MachineSummary> table(List<MachineSummary> machines) {
        return Table.of(machines)
                .column("MACHINE", MachineSummary::machineId)
                .column("GPU", MachineSummary::gpuName)
                .column("ATTEMPTS", MachineSummary::attempts)
                .column("READY", MachineSummary::successes)
                .column("FAILED", MachineSummary::failures)
                .column("SUCCESS", m -> Cells.percent(m.successRate()))
                .column("MEDIAN READY", m -> seconds(m.medianSecondsToReady()))
                .column("LAST ATTEMPT", MachineSummary::lastAttemptAt)
                .column("BLACKLISTED", MachineView::blacklisted)
                .whenEmpty("No machines: nothing was deployed on one that matches yet.");
    }

    static Rendered details(MachineDetail machine) {
        MachineSummary m = machine.summary();
        Details details = Details.of()
                .field("Machine", m.machineId())
                .field("GPU", m.gpuName())
                .field(
                        "Success",
                        m.successRate() == null
                                ? "no ready or failed attempt yet"
                                : Cells.percent(m.successRate()) + " (" + m.successes() + " ready, " + m.failures()
                                        + " failed, " + m.attempts() + (m.attempts() == 1 ? " attempt)" : " attempts)"))
                .field("Median ready", seconds(m.medianSecondsToReady()))
                .field("Last attempt", m.lastAttemptAt())
                .field("Blacklisted", m.blacklisted() ? active(machine.blacklist()) : "no")
                .section(
                        "Blacklist entries (newest first)",
                        machine.blacklist().stream().map(MachineView::entry).collect(Collectors.joining("\n")));
        return out -> {
            details.render(out);
            out.println();
            out.println("Attempts (newest first):");
            attempts(machine.attempts()).render(out);
        };
    }

    private static Table<MachineAttempt> attempts(List<MachineAttempt> attempts) {
        return Table.of(attempts)
                .column("WHEN", MachineAttempt::at)
                .column("OUTCOME", MachineAttempt::outcome)
                .column("GPU", MachineAttempt::gpuName)
                .column("IMAGE", MachineAttempt::image)
                .column("READY IN", a -> seconds(a.secondsToReady()))
                .column("FAILED IN", MachineAttempt::failureStage)
                .column(
                        "REASON",
                        a -> a.reasonCode() == null
                                ? null
                                : a.reasonCode() + (a.reasonMessage() == null ? "" : ": " + a.reasonMessage()))
                .whenEmpty("No attempts recorded: the machine was only blacklisted.");
    }

    /** The sentence for an entry just made or ended. */
    static String sentence(BlacklistEntry e) {
        if (!e.active()) {
            return "Machine " + e.machineId() + " cleared from the blacklist";
        }
        return "Machine " + e.machineId() + " blacklisted "
                + (e.expiresAt() == null ? "until an admin clears it" : "until " + Cells.text(e.expiresAt()))
                + ": " + e.reason();
    }

    private static String active(List<BlacklistEntry> entries) {
        return entries.stream()
                .filter(BlacklistEntry::active)
                .findFirst()
                .map(e -> (e.expiresAt() == null ? "until an admin clears it" : "until " + Cells.text(e.expiresAt()))
                        + " (" + e.source() + "): " + e.reason())
                .orElse("yes");
    }

    private static String entry(BlacklistEntry e) {
        String line = Cells.text(e.startedAt()) + "  " + e.source() + ", offence " + e.offence() + ": " + e.reason();
        if (e.clearedAt() != null) {
            return line + " (cleared " + Cells.text(e.clearedAt()) + ": " + e.clearReason() + ")";
        }
        return line + (e.active() ? " (active)" : " (expired)");
    }

    private static String blacklisted(MachineSummary m) {
        if (!m.blacklisted()) {
            return null;
        }
        return m.blacklistedUntil() == null ? "until cleared" : "until " + Cells.text(m.blacklistedUntil());
    }

    private static String seconds(Double value) {
        return value == null ? null : Cells.elapsed(Duration.ofSeconds(Math.round(value)));
    }
}
