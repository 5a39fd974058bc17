package cloud.dumont.cli.deploy;

import cloud.dumont.api.deployment.DeploymentResponse;
import cloud.dumont.api.deployment.DeploymentStatus;
import cloud.dumont.api.deployment.Endpoint;
import cloud.dumont.cli.output.Cells;
import cloud.dumont.cli.output.Details;
import cloud.dumont.cli.output.Table;
import java.util.List;
import java.util.stream.Collectors;

/** How a deployment looks for people, in lists and on its own. */
final class DeploymentView {

    private DeploymentView() {}

    static String shortId(DeploymentResponse d) {
        return d.id().toString().substring(0, 8);
    }

    static Table<DeploymentResponse> table(List<DeploymentResponse> deployments) {
        return Table.of(deployments)
                .column("ID", DeploymentView::shortId)
                .column("TEMPLATE", d -> d.templateSlug() + "@" + d.templateVersion())
                .column("STATUS", DeploymentResponse::status)
                .column("GPU", DeploymentResponse::gpuName)
                .column("PRICE", d -> d.pricePerHour() == null ? null : Cells.dollars(d.pricePerHour()))
                .column("CREATED", DeploymentResponse::createdAt)
                .column(
                        "URL",
                        d -> d.endpoints().isEmpty()
                                ? null
                                : d.endpoints().getFirst().url())
                .whenEmpty("No deployments. Start one with: dumont deploy <template> --wait");
    }

    /**
     * One deployment field by field. The app's secret is printed only when asked: it lands in terminal scrollback and
     * screen shares; the endpoint links the server gives already let the owner in.
     */
    static Details details(DeploymentResponse d, boolean showSecret) {
        Details details = Details.of()
                .field("Id", d.id())
                .field("Template", d.templateName() + " (" + d.templateSlug() + "@" + d.templateVersion() + ")")
                .field("Status", d.status() + (d.statusMessage() == null ? "" : ": " + d.statusMessage()))
                .field(
                        "GPU",
                        d.gpuName() == null
                                ? null
                                : (d.numGpus() != null && d.numGpus() > 1 ? d.numGpus() + "x " : "") + d.gpuName())
                .field("Price", d.pricePerHour() == null ? null : Cells.dollars(d.pricePerHour()))
                .field("Instance", d.instanceId())
                .field("Disk", d.diskGb() + " GB")
                .field("Attempt", d.attempt() > 1 ? d.attempt() : null)
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
                "Open", d.endpoints().stream().map(DeploymentView::endpoint).collect(Collectors.joining("\n")));
    }

    private static String endpoint(Endpoint e) {
        return (e.label() == null ? "port " + e.port() : e.label()) + ": " + e.url();
    }
}
