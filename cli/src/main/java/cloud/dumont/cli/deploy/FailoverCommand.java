package cloud.dumont.cli.deploy;

import cloud.dumont.api.deployment.DeploymentResponse;
import cloud.dumont.api.deployment.StandbyResponse;
import cloud.dumont.cli.CommandBase;
import cloud.dumont.cli.UserError;
import cloud.dumont.sdk.DeploymentsApi;
import cloud.dumont.sdk.StandbyApi;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "failover",
        description = {
            "Show or set failover: with it on, a running deployment whose host is lost",
            "moves to a new host, which restores the latest workspace snapshot (taken",
            "every --interval). --now moves a running or unhealthy one to a new host now."
        },
        footer = {
            "",
            "Examples:",
            "  dumont deployments failover 3f6c1c2e",
            "  dumont deployments failover 3f6c1c2e --on --interval 15m",
            "  dumont deployments failover 3f6c1c2e --off",
            "  dumont deployments failover 3f6c1c2e --now",
            "",
            "A host counts as lost when it has exited, gone offline or stayed unknown for",
            "2 minutes. Work since the latest snapshot goes with it, and --now loses the",
            "same. Failover is for Vast.ai deployments."
        })
final class FailoverCommand extends CommandBase {

    /** The server's bounds for the snapshot interval. */
    private static final Duration MIN_INTERVAL = Duration.ofMinutes(5);

    private static final Duration MAX_INTERVAL = Duration.ofHours(24);

    @Parameters(paramLabel = "ID", description = "Deployment id or unique prefix")
    String id;

    @ArgGroup
    Switch onOff;

    static final class Switch {
        @Option(names = "--on", description = "Move to a new host when this one is lost", required = true)
        boolean on;

        @Option(names = "--off", description = "Let a lost host fail the deployment", required = true)
        boolean off;
    }

    @Option(
            names = "--interval",
            paramLabel = "DURATION",
            converter = DurationConverter.class,
            description = "How often the workspace is snapshotted while it runs, 5m to 24h (default: as now)")
    Duration interval;

    @Option(names = "--now", description = "Move it to a new host now (it must be running or unhealthy)")
    boolean now;

    @Override
    protected int execute() {
        if (interval != null && (interval.compareTo(MIN_INTERVAL) < 0 || interval.compareTo(MAX_INTERVAL) > 0)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--interval must be between 5m and 24h, not " + interval.toSeconds() + " s");
        }
        DeploymentsApi deployments = client().deployments();
        StandbyApi standby = client().standby();
        UUID resolved = DeploymentIds.resolve(deployments, id);
        boolean change = onOff != null || interval != null;
        StandbyResponse failover =
                change ? configure(standby, deployments, resolved) : current(standby, deployments, resolved);
        if (!now) {
            output().done(line(failover), failover);
            return 0;
        }
        DeploymentResponse moving = standby.failoverNow(resolved);
        String moved = "Moving " + moving.id() + " to a new host: " + moving.status();
        output().done(change ? line(failover) + "\n" + moved : moved, moving);
        return 0;
    }

    /** Sets what was given; a missing --on/--off keeps failover as it is (the server reads none as on). */
    private StandbyResponse configure(StandbyApi standby, DeploymentsApi deployments, UUID resolved) {
        boolean enabled = onOff != null
                ? onOff.on
                : current(standby, deployments, resolved).enabled();
        return standby.configure(resolved, enabled, interval);
    }

    private static StandbyResponse current(StandbyApi standby, DeploymentsApi deployments, UUID resolved) {
        return standby.list().stream()
                .filter(s -> s.deploymentId().equals(resolved))
                .findFirst()
                .orElseThrow(() -> notListed(deployments.get(resolved)));
    }

    /** The server lists live Vast.ai deployments only: say which this one is not. */
    private static UserError notListed(DeploymentResponse d) {
        return d.kubernetes() != null
                ? new UserError("Failover is for Vast.ai deployments; Kubernetes restarts a DGD's pods itself")
                : new UserError("Failover is for live deployments; " + d.id() + " is " + d.status());
    }

    /** "Failover on for 3f6c…: a lost host is replaced by a new one, …". */
    private static String line(StandbyResponse s) {
        return "Failover " + WorkspaceView.state(s) + " for " + s.deploymentId() + ": "
                + WorkspaceView.failoverDetail(s, Instant.now());
    }
}
