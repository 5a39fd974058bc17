package cloud.dumont.cli.deploy;

import cloud.dumont.api.deployment.DeploymentResponse;
import cloud.dumont.api.deployment.DeploymentStatus;
import cloud.dumont.api.deployment.DeploymentTarget;
import cloud.dumont.api.deployment.Endpoint;
import cloud.dumont.api.deployment.HibernationState;
import cloud.dumont.api.deployment.InstanceAttempt;
import cloud.dumont.api.deployment.KubernetesPlacement;
import cloud.dumont.api.deployment.ProvisioningStrategy;
import cloud.dumont.api.deployment.StandbyResponse;
import cloud.dumont.cli.output.Cells;
import cloud.dumont.cli.output.Details;
import cloud.dumont.cli.output.Table;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a deployment looks for people, in lists and on its own. */
final class DeploymentView {

    private DeploymentView() {}

    static String shortId(DeploymentResponse d) {
        return d.id().toString().substring(0, 8);
    }

    /**
     * One row per deployment, whichever its target: a Vast.ai deployment shows its GPU and price, a Kubernetes one
     * where its DynamoGraphDeployment lives and its worker replicas ready of desired.
     */
    static Table<DeploymentResponse> table(List<DeploymentResponse> deployments) {
        return Table.of(deployments)
                .column("ID", DeploymentView::shortId)
                .column("APP", DeploymentView::app)
                .column("TARGET", d -> d.target() == null ? DeploymentTarget.vast : d.target())
                .column("STATUS", DeploymentResponse::status)
                .column("WHERE", d -> d.kubernetes() == null ? gpu(d) : graph(d.kubernetes()))
                .column("PRICE", d -> d.pricePerHour() == null ? null : Cells.dollars(d.pricePerHour()))
                .column("REPLICAS", d -> d.kubernetes() == null ? null : replicas(d.kubernetes()))
                .column("CREATED", DeploymentResponse::createdAt)
                .column(
                        "URL",
                        d -> d.endpoints().isEmpty()
                                ? null
                                : d.endpoints().getFirst().url())
                .whenEmpty("No deployments. Start one with: dumont deploy <template> --wait");
    }

    /** The model a deployment serves, else its template and version. */
    private static String app(DeploymentResponse d) {
        return d.modelId() != null ? d.modelId() : d.templateSlug() + "@" + d.templateVersion();
    }

    private static String gpu(DeploymentResponse d) {
        return d.gpuName() == null
                ? null
                : (d.numGpus() != null && d.numGpus() > 1 ? d.numGpus() + "x " : "") + d.gpuName();
    }

    /** {@code cluster/namespace/name}, the DGD's address. */
    private static String graph(KubernetesPlacement k) {
        return k.cluster() + "/" + k.namespace() + "/" + k.name();
    }

    /** Worker replicas ready of desired, as {@code 1/2}. */
    private static String replicas(KubernetesPlacement k) {
        return k.replicasReady() + "/" + k.replicasDesired();
    }

    /**
     * One deployment field by field. The app's secret is printed only when asked: it lands in terminal scrollback and
     * screen shares; the endpoint links the server gives already let the owner in.
     */
    static Details details(DeploymentResponse d, boolean showSecret) {
        return details(d, showSecret, null);
    }

    /** {@link #details(DeploymentResponse, boolean)} with its failover, when known (null leaves the line out). */
    static Details details(DeploymentResponse d, boolean showSecret, StandbyResponse failover) {
        if (d.kubernetes() != null) {
            return kubernetes(d, d.kubernetes());
        }
        Details details = Details.of()
                .field("Id", d.id())
                .field("Template", d.templateName() + " (" + d.templateSlug() + "@" + d.templateVersion() + ")")
                .field("Model", d.modelId())
                .field("Status", d.status() + (d.statusMessage() == null ? "" : ": " + d.statusMessage()))
                .field("GPU", gpu(d))
                .field("Price", d.pricePerHour() == null ? null : Cells.dollars(d.pricePerHour()))
                .field(
                        "Interruptible",
                        d.bidPerHour() == null ? null : "yes, bid " + Cells.dollars(d.bidPerHour()) + " for the GPU")
                .field("Hibernation", hibernation(d))
                .field(
                        "Hibernated",
                        WorkspaceView.hibernationStage(d.hibernation(), WorkspaceView.diskPerHour(d), Instant.now()))
                .field("Failover", failover == null ? null : WorkspaceView.failover(failover, Instant.now()))
                .field("Cost so far", d.costUsd() == null ? null : String.format(Locale.ROOT, "$%.4f", d.costUsd()))
                .field("Instance", d.instanceId())
                .field("Disk", d.diskGb() + " GB")
                .field("Attempt", d.attempt() > 1 ? d.attempt() : null)
                .field("Strategy", strategy(d))
                .field("Created", d.createdAt())
                .field("Simulated", d.simulated() ? "yes: no real GPU is rented" : null)
                .field(
                        "Troubleshooting",
                        d.status() == DeploymentStatus.unhealthy || d.status() == DeploymentStatus.failed
                                ? d.troubleshootingUrl()
                                : null);
        if (d.credentials() != null) {
            String who =
                    d.credentials().username() == null ? "" : d.credentials().username() + " / ";
            details.field(
                    "Login",
                    d.credentials().scheme() + ": " + who
                            + (showSecret ? d.credentials().secret() : "(secret hidden; --show-secret prints it)"));
        }
        return details.section(
                        "Open",
                        d.endpoints().stream().map(DeploymentView::endpoint).collect(Collectors.joining("\n")))
                .section("Hosts tried", attempts(d.attempts()));
    }

    private static String strategy(DeploymentResponse d) {
        if (d.strategy() == null) {
            return null;
        }
        int racers = d.attempts() == null ? 0 : d.attempts().size();
        return d.strategy() == ProvisioningStrategy.race && racers > 0
                ? d.strategy() + " (" + racers + " instances)"
                : d.strategy().toString();
    }

    /**
     * Every instance rented for the deployment, one line each with its outcome, the reason and what it cost; only when
     * there was more than one (a single instance is the deployment's own line above).
     */
    static String attempts(List<InstanceAttempt> attempts) {
        if (attempts == null || attempts.size() < 2) {
            return null;
        }
        return attempts.stream().map(DeploymentView::attempt).collect(Collectors.joining("\n"));
    }

    private static String attempt(InstanceAttempt a) {
        String where = a.gpuName() == null ? "" : " " + a.gpuName();
        if (a.machineId() != null) {
            where += " on machine " + a.machineId();
        }
        String cost = a.costUsd() == null ? "" : String.format(Locale.ROOT, ", $%.4f", a.costUsd());
        String reason = a.reason() == null || a.reason().isBlank() ? "" : ": " + a.reason();
        return "#" + a.seq() + " instance " + a.instanceId() + where + ", " + a.outcome() + cost + reason;
    }

    /** Auto-hibernation in a line: on or off, its threshold and window, and what it saved. */
    private static String hibernation(DeploymentResponse d) {
        var h = d.hibernation();
        if (h == null) {
            return null;
        }
        String setting = h.enabled()
                ? "on (GPU under " + h.idleThresholdPct() + " % and no app activity for " + h.idleWindowSeconds()
                        + " s)"
                : "off";
        String saved = h.savedUsd() > 0 ? String.format(Locale.ROOT, ", saved $%.4f", h.savedUsd()) : "";
        String idle = h.hibernatesAt() != null ? ", idle: hibernates at " + h.hibernatesAt() : "";
        return setting + idle + schedule(h) + saved;
    }

    /** "; stops outside Mon–Fri 09:00–19:00 Europe/Paris (next at ...); stops after 8 h running (at ...)", or "". */
    static String schedule(HibernationState h) {
        StringBuilder line = new StringBuilder();
        if (h.workingHours() != null) {
            line.append("; stops outside ").append(WorkingHoursText.format(h.workingHours()));
            if (h.hoursStopAt() != null) {
                line.append(" (next at ").append(h.hoursStopAt()).append(')');
            }
        }
        if (h.maxRunSeconds() != null) {
            line.append("; stops after ").append(runTime(h.maxRunSeconds())).append(" running");
            if (h.maxRunStopAt() != null) {
                line.append(" (at ").append(h.maxRunStopAt()).append(')');
            }
        }
        return line.toString();
    }

    /** "8 h", "1 h 30 min", "2 d". */
    static String runTime(int seconds) {
        List<String> parts = new java.util.ArrayList<>();
        int[] units = {86_400, 3_600, 60, 1};
        String[] names = {"d", "h", "min", "s"};
        for (int i = 0; i < units.length; i++) {
            if (seconds >= units[i]) {
                parts.add(seconds / units[i] + " " + names[i]);
                seconds %= units[i];
            }
        }
        return String.join(" ", parts);
    }

    /**
     * A deployment on Kubernetes: where its DynamoGraphDeployment lives, engine and replicas instead of GPU and price,
     * and how to reach its frontend from this machine.
     */
    private static Details kubernetes(DeploymentResponse d, KubernetesPlacement k) {
        return Details.of()
                .field("Id", d.id())
                .field("Model", d.templateName() + " (" + d.modelId() + ")")
                .field("Target", "kubernetes, cluster " + k.cluster())
                .field("Status", d.status() + (d.statusMessage() == null ? "" : ": " + d.statusMessage()))
                .field("Graph", k.namespace() + "/" + k.name() + " (DynamoGraphDeployment)")
                .field("Engine", k.engine() + ", " + k.mode())
                .field("Replicas", k.replicasReady() + " of " + k.replicasDesired() + " worker replicas ready")
                .field("Served as", k.servedModelName())
                .field("Created", d.createdAt())
                .field("Simulated", d.simulated() ? "yes: the simulated cluster, no real GPU or model" : null)
                .field(
                        "Troubleshooting",
                        d.status() == DeploymentStatus.unhealthy || d.status() == DeploymentStatus.failed
                                ? d.troubleshootingUrl()
                                : null)
                .section("Port-forward", k.portForward())
                .section("Then", k.curlExample())
                .section("Or try it here", d.status().live() ? "dumont k8s chat " + shortId(d) + " \"Hello!\"" : null);
    }

    private static String endpoint(Endpoint e) {
        return (e.label() == null ? "port " + e.port() : e.label()) + ": " + e.url();
    }
}
