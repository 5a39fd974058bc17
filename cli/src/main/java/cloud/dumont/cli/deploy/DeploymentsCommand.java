package cloud.dumont.cli.deploy;

import cloud.dumont.api.deployment.DeploymentEventResponse;
import cloud.dumont.api.deployment.DeploymentResponse;
import cloud.dumont.api.deployment.HibernationSettings;
import cloud.dumont.api.deployment.StandbyResponse;
import cloud.dumont.api.deployment.WorkingHours;
import cloud.dumont.cli.CommandBase;
import cloud.dumont.cli.UserError;
import cloud.dumont.cli.output.Cells;
import cloud.dumont.cli.output.Output;
import cloud.dumont.cli.output.Table;
import cloud.dumont.sdk.DeploymentsApi;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "deployments",
        aliases = "ps",
        description = "Your deployments on Vast.ai and Kubernetes: list, show, follow, retry, hibernate, fail over,"
                + " snapshots, destroy.",
        subcommands = {
            DeploymentsCommand.ListDeployments.class,
            DeploymentsCommand.Show.class,
            DeploymentsCommand.Events.class,
            DeploymentsCommand.Retry.class,
            DeploymentsCommand.Hibernate.class,
            DeploymentsCommand.Wake.class,
            DeploymentsCommand.Hibernation.class,
            FailoverCommand.class,
            SnapshotsCommand.class,
            DeploymentsCommand.Destroy.class
        },
        footer = {
            "",
            "Examples:",
            "  dumont deployments list",
            "  dumont deployments show 3f6c1c2e",
            "  dumont deployments events 3f6c1c2e --follow",
            "  dumont deployments failover 3f6c1c2e --on --interval 15m",
            "  dumont deployments destroy 3f6c1c2e",
            "",
            "A deployment is named by its id or any unique prefix of it (at least 4 characters)."
        })
public final class DeploymentsCommand {

    @Command(
            name = "list",
            description = "List your deployments, newest first.",
            footer = {"", "Examples:", "  dumont deployments list -o json"})
    static final class ListDeployments extends CommandBase {

        @Option(names = "--all", description = "Include destroyed and failed ones")
        boolean all;

        @Override
        protected int execute() {
            List<DeploymentResponse> deployments = client().deployments().list().stream()
                    .filter(d -> all || d.status().live())
                    .toList();
            output().print(deployments, () -> DeploymentView.table(deployments));
            return 0;
        }
    }

    @Command(
            name = "show",
            description = {
                "Show one deployment: status, GPU, price, the links that open it, its",
                "hibernation stage and failover; on Kubernetes, its DynamoGraphDeployment,",
                "replicas and the port-forward to it."
            },
            footer = {"", "Examples:", "  dumont deployments show 3f6c1c2e --show-secret"})
    static final class Show extends CommandBase {

        @Parameters(paramLabel = "ID", description = "Deployment id or unique prefix")
        String id;

        @Option(names = "--show-secret", description = "Also print the app's password or token")
        boolean showSecret;

        @Override
        protected int execute() {
            DeploymentsApi api = client().deployments();
            DeploymentResponse d = api.get(DeploymentIds.resolve(api, id));
            output().print(d, () -> DeploymentView.details(d, showSecret, failover(d)));
            return 0;
        }

        /** The failover of a live Vast.ai deployment; people read it here, scripts ask the failover command. */
        private StandbyResponse failover(DeploymentResponse d) {
            if (d.kubernetes() != null || !d.status().live()) {
                return null;
            }
            return client().standby().list().stream()
                    .filter(s -> s.deploymentId().equals(d.id()))
                    .findFirst()
                    .orElse(null);
        }
    }

    @Command(
            name = "events",
            description = "The deployment's events; with --follow, new ones as they happen until it settles.",
            footer = {
                "",
                "Examples:",
                "  dumont deployments events 3f6c1c2e",
                "  dumont deployments events 3f6c1c2e --follow -o json   # one JSON object per line"
            })
    static final class Events extends CommandBase {

        @Parameters(paramLabel = "ID", description = "Deployment id or unique prefix")
        String id;

        @Option(
                names = {"-f", "--follow"},
                description = "Keep printing new events until the deployment is running, failed or destroyed")
        boolean follow;

        @Option(
                names = "--timeout",
                paramLabel = "DURATION",
                defaultValue = "30m",
                converter = DurationConverter.class,
                description = "How long --follow follows (default ${DEFAULT-VALUE})")
        Duration timeout;

        @Override
        protected int execute() throws InterruptedException {
            DeploymentsApi api = client().deployments();
            UUID deployment = DeploymentIds.resolve(api, id);
            if (!follow) {
                List<DeploymentEventResponse> events = api.events(deployment);
                output().print(events, () -> table(events));
                return 0;
            }
            PrintWriter out = environment().out();
            List<DeploymentEventResponse> printed = new ArrayList<>();
            api.await(deployment, DeploymentsApi.SETTLED, timeout, event -> {
                synchronized (printed) {
                    printed.add(event);
                    out.println(output().isTable() ? line(event) : Output.jsonLine(event));
                    out.flush();
                }
            });
            return 0;
        }

        private static Table<DeploymentEventResponse> table(List<DeploymentEventResponse> events) {
            return Table.of(events)
                    .column("SEQ", DeploymentEventResponse::seq)
                    .column("AT", DeploymentEventResponse::at)
                    .column("STATUS", DeploymentEventResponse::status)
                    .column("MESSAGE", DeploymentEventResponse::message);
        }

        private static String line(DeploymentEventResponse e) {
            return Cells.text(e.at()) + "  " + String.format("%-12s", e.status()) + "  " + Cells.text(e.message());
        }
    }

    /** A command that does one thing to one deployment and says so in one line ("Waking 3f6c…: waking"). */
    abstract static class OneDeployment extends CommandBase {

        @Parameters(paramLabel = "ID", description = "Deployment id or unique prefix")
        String id;

        abstract DeploymentResponse apply(DeploymentsApi api, UUID id);

        abstract String verb();

        @Override
        protected int execute() {
            DeploymentsApi api = client().deployments();
            DeploymentResponse d = apply(api, DeploymentIds.resolve(api, id));
            output().done(verb() + " " + d.id() + ": " + d.status(), d);
            return 0;
        }
    }

    @Command(
            name = "retry",
            description = "Retry a failed or unhealthy deployment on a new instance.",
            footer = {"", "Examples:", "  dumont deployments retry 3f6c1c2e"})
    static final class Retry extends OneDeployment {

        @Override
        DeploymentResponse apply(DeploymentsApi api, UUID id) {
            return api.retry(id);
        }

        @Override
        String verb() {
            return "Retrying";
        }
    }

    @Command(
            name = "hibernate",
            description = "Stop a running deployment's instance now: no GPU billed, disk kept; wake it to resume.",
            footer = {"", "Examples:", "  dumont deployments hibernate 3f6c1c2e"})
    static final class Hibernate extends OneDeployment {

        @Override
        DeploymentResponse apply(DeploymentsApi api, UUID id) {
            return api.hibernate(id);
        }

        @Override
        String verb() {
            return "Hibernating";
        }
    }

    @Command(
            name = "wake",
            description = {
                "Wake a hibernated deployment: its instance starts again, or a new one is rented that",
                "restores the workspace snapshot. With --wait, follow it until its app answers."
            },
            footer = {"", "Examples:", "  dumont deployments wake 3f6c1c2e", "  dumont deployments wake 3f6c --wait"})
    static final class Wake extends CommandBase {

        @Parameters(paramLabel = "ID", description = "Deployment id or unique prefix")
        String id;

        @Mixin
        WaitOptions wait;

        @Override
        protected int execute() throws InterruptedException {
            DeploymentsApi api = client().deployments();
            UUID resolved = DeploymentIds.resolve(api, id);
            // The progress shows this wake, not the deployment's history before it.
            long before = wait.await
                    ? api.events(resolved).stream()
                            .mapToLong(DeploymentEventResponse::seq)
                            .max()
                            .orElse(0)
                    : 0;
            DeploymentResponse d = api.wake(resolved);
            if (!wait.await) {
                output().done("Waking " + d.id() + ": " + d.status(), d);
                return 0;
            }
            return Deployer.follow(
                    root(), d, wait, "Waking " + d.templateName() + " (" + DeploymentView.shortId(d) + ")", before);
        }
    }

    @Command(
            name = "hibernation",
            description = {
                "Set auto-hibernation: on or off with its GPU threshold and idle window, working",
                "hours outside which it stops even if busy, and the longest it runs in one go.",
                "What is not given stays as it is."
            },
            footer = {
                "",
                "Examples:",
                "  dumont deployments hibernation 3f6c1c2e --off",
                "  dumont deployments hibernation 3f6c1c2e --on --threshold 10 --idle 15m",
                "  dumont deployments hibernation 3f6c1c2e --hours \"Mon-Fri 09:00-19:00 Europe/Paris\" --max-run 8h",
                "  dumont deployments hibernation 3f6c1c2e --no-hours --no-max-run",
                "",
                "Working hours are DAYS FROM-TO [ZONE] (Mon-Fri, Mon,Wed,Fri or daily; an end before the start",
                "runs overnight; this machine's time zone when none is given). Outside them, and after the",
                "longest run (counted from its start or last wake), it hibernates after a warning. Started or",
                "woken outside its hours, it runs until the end of the next ones. Both apply with --off too."
            })
    static final class Hibernation extends CommandBase {

        @Parameters(paramLabel = "ID", description = "Deployment id or unique prefix")
        String id;

        @ArgGroup
        Switch onOff;

        static final class Switch {
            @Option(names = "--on", description = "Hibernate when idle", required = true)
            boolean on;

            @Option(names = "--off", description = "Do not hibernate when idle", required = true)
            boolean off;
        }

        @Option(
                names = "--threshold",
                paramLabel = "PCT",
                description = "GPU utilisation under which it counts as idle, 1 to 50 (default: as now)")
        Integer threshold;

        @Option(
                names = "--idle",
                paramLabel = "DURATION",
                converter = DurationConverter.class,
                description = "How long it must stay idle, 1m to 24h (default: as now)")
        Duration idle;

        @ArgGroup
        Hours hours;

        static final class Hours {
            @Option(
                    names = "--hours",
                    paramLabel = "HOURS",
                    converter = WorkingHoursText.class,
                    required = true,
                    description = "Working hours, e.g. \"Mon-Fri 09:00-19:00 Europe/Paris\"")
            WorkingHours set;

            @Option(names = "--no-hours", required = true, description = "No working hours")
            boolean none;
        }

        @ArgGroup
        MaxRun maxRun;

        static final class MaxRun {
            @Option(
                    names = "--max-run",
                    paramLabel = "DURATION",
                    converter = DurationConverter.class,
                    required = true,
                    description = "The longest it runs in one go, 1m to 7d, e.g. 8h")
            Duration set;

            @Option(names = "--no-max-run", required = true, description = "No run time limit")
            boolean none;
        }

        @Override
        protected int execute() {
            if (onOff == null && threshold == null && idle == null && hours == null && maxRun == null) {
                throw new UserError("Nothing to change: give --on or --off, --threshold, --idle, --hours or"
                        + " --no-hours, --max-run or --no-max-run");
            }
            DeploymentsApi api = client().deployments();
            UUID resolved = DeploymentIds.resolve(api, id);
            var current = api.get(resolved).hibernation();
            if (current == null) {
                throw new UserError("Hibernation is for Vast.ai deployments");
            }
            DeploymentResponse d = api.hibernation(
                    resolved,
                    new HibernationSettings(
                            onOff != null ? onOff.on : current.enabled(),
                            threshold != null ? threshold : current.idleThresholdPct(),
                            idle != null ? (int) idle.toSeconds() : current.idleWindowSeconds(),
                            hours == null ? current.workingHours() : hours.set,
                            maxRun == null
                                    ? current.maxRunSeconds()
                                    : maxRun.set == null ? null : (int) maxRun.set.toSeconds()));
            var h = d.hibernation();
            String idleSetting = h.enabled()
                    ? "Auto-hibernation on for " + d.id() + ": after " + h.idleWindowSeconds()
                            + " s with the GPU under " + h.idleThresholdPct() + " % and no app activity"
                    : "Auto-hibernation off for " + d.id();
            output().done(idleSetting + DeploymentView.schedule(h), d);
            return 0;
        }
    }

    @Command(
            name = "destroy",
            aliases = "rm",
            description = "Destroy deployments: their instances are deleted and billing stops.",
            footer = {"", "Examples:", "  dumont deployments destroy 3f6c1c2e", "  dumont deployments destroy 3f6c 9a1b"
            })
    static final class Destroy extends CommandBase {

        @Parameters(paramLabel = "ID", arity = "1..*", description = "Deployment ids or unique prefixes")
        List<String> ids;

        @Override
        protected int execute() {
            DeploymentsApi api = client().deployments();
            List<DeploymentResponse> destroyed = new ArrayList<>();
            for (String id : ids) {
                destroyed.add(api.destroy(DeploymentIds.resolve(api, id)));
            }
            output().print(
                            destroyed,
                            () -> out -> destroyed.forEach(d -> out.println(
                                    "Destroying " + d.id() + " (" + d.templateSlug() + "): " + d.status())));
            return 0;
        }
    }
}
