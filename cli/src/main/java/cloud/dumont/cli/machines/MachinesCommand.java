package cloud.dumont.cli.machines;

import cloud.dumont.api.machines.BlacklistEntry;
import cloud.dumont.api.machines.BlacklistRequest;
import cloud.dumont.api.machines.MachineDetail;
import cloud.dumont.api.machines.MachineHistoryResponse;
import cloud.dumont.cli.CommandBase;
import cloud.dumont.sdk.MachineQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "machines",
        description = "The hosts deployments were tried on: success rates, times to ready, the blacklist.",
        subcommands = {
            MachinesCommand.ListMachines.class,
            MachinesCommand.Show.class,
            MachinesCommand.Blacklist.class,
            MachinesCommand.Clear.class
        },
        footer = {
            "",
            "Examples:",
            "  dumont machines list --gpu 'RTX 4090'",
            "  dumont machines list --blacklisted",
            "  dumont machines show 41523",
            "  dumont machines blacklist 41523 --reason 'Disk errors on boot' --for 24h",
            "  dumont machines clear 41523",
            "",
            "Blacklisting and clearing are for admins. A host under 30%% success is",
            "blacklisted automatically for a while (longer for each repeat); deploys skip",
            "blacklisted hosts."
        })
public final class MachinesCommand {

    @Command(
            name = "list",
            aliases = "ls",
            description = "Machines with recorded attempts, the most recently tried first.",
            footer = {
                "",
                "Examples:",
                "  dumont machines list",
                "  dumont machines list --gpu 'RTX 3090' --sort success_rate --limit 20",
                "  dumont machines list --blacklisted -o json | jq '.machines[].machine_id'"
            })
    static final class ListMachines extends CommandBase {

        @Option(names = "--gpu", paramLabel = "NAME", description = "Only machines of this GPU model")
        String gpu;

        @Option(names = "--blacklisted", description = "Only machines blacklisted now")
        boolean blacklisted;

        @Option(
                names = "--sort",
                paramLabel = "KEY",
                description = "last_attempt (default), success_rate, attempts, failures, median_ready or machine_id;"
                        + " highest first")
        String sort;

        @Option(names = "--limit", paramLabel = "N", description = "How many machines (1-500, default 50)")
        Integer limit;

        @Override
        protected int execute() {
            MachineQuery query = MachineQuery.all()
                    .withGpuName(gpu)
                    .withBlacklisted(blacklisted ? Boolean.TRUE : null)
                    .withSort(sort, null)
                    .withPage(limit, null);
            MachineHistoryResponse history = client().machines().history(query);
            if (history.total() > history.machines().size()) {
                warn("showing " + history.machines().size() + " of " + history.total()
                        + " machines; --limit for more.");
            }
            output().print(history, () -> MachineView.table(history.machines()));
            return 0;
        }
    }

    @Command(
            name = "show",
            description = "One machine: its track record, blacklist entries and latest attempts.",
            footer = {"", "Examples:", "  dumont machines show 41523", "  dumont machines show 41523 -o yaml"})
    static final class Show extends CommandBase {

        @Parameters(paramLabel = "MACHINE", description = "The provider's machine id")
        long machineId;

        @Override
        protected int execute() {
            MachineDetail machine = client().machines().machine(machineId);
            output().print(machine, () -> MachineView.details(machine));
            return 0;
        }
    }

    @Command(
            name = "blacklist",
            description = {
                "Blacklist a machine by hand (admins): deploys skip it until the entry ends.",
                "Replaces its active entry, if any."
            },
            footer = {
                "",
                "Examples:",
                "  dumont machines blacklist 41523 --reason 'Disk errors on boot' --for 24h",
                "  dumont machines blacklist 41523 --reason 'Wrong driver'     # until cleared"
            })
    static final class Blacklist extends CommandBase {

        @Parameters(paramLabel = "MACHINE", description = "The provider's machine id")
        long machineId;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why (3-500 characters)")
        String reason;

        @Option(
                names = "--for",
                paramLabel = "LENGTH",
                converter = HoursConverter.class,
                description = "How long, e.g. 12h, 3d or 1w (at most a year); default: until an admin clears it")
        Integer hours;

        @Override
        protected int execute() {
            BlacklistEntry entry = client().machines().blacklist(new BlacklistRequest(machineId, reason, hours));
            output().done(MachineView.sentence(entry), entry);
            return 0;
        }
    }

    @Command(
            name = "clear",
            description = "End a machine's blacklisting early (admins).",
            footer = {
                "",
                "Examples:",
                "  dumont machines clear 41523",
                "  dumont machines clear 41523 --reason 'The host replaced its disks'"
            })
    static final class Clear extends CommandBase {

        @Parameters(paramLabel = "MACHINE", description = "The provider's machine id")
        long machineId;

        @Option(
                names = "--reason",
                paramLabel = "TEXT",
                defaultValue = "Cleared from the command line",
                description = "Why, kept with the entry (default: ${DEFAULT-VALUE})")
        String reason;

        @Override
        protected int execute() {
            BlacklistEntry entry = client().machines().clear(machineId, reason);
            output().done(MachineView.sentence(entry), entry);
            return 0;
        }
    }
}
