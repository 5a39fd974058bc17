package cloud.dumont.cli.marketplace;

import cloud.dumont.api.marketplace.TemplateVersionResponse;
import cloud.dumont.cli.CommandBase;
import cloud.dumont.cli.output.Table;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
        name = "versions",
        description = "Every version of a template, newest first; yanked ones can no longer be deployed.",
        footer = {"", "Examples:", "  dumont marketplace versions 3f6c1c2e-8d1b-4b8e-9a4e-2f1d0c9b7a61"})
final class VersionsCommand extends CommandBase {

    @Parameters(paramLabel = "TEMPLATE", description = "Template id (or an official template's slug)")
    String template;

    @Override
    protected int execute() {
        List<TemplateVersionResponse> versions = client().marketplace().versions(template);
        output().print(versions, () -> table(versions));
        return 0;
    }

    static Table<TemplateVersionResponse> table(List<TemplateVersionResponse> versions) {
        return Table.of(versions)
                .column("VERSION", TemplateVersionResponse::version)
                .column("STATUS", v -> v.yanked() ? "yanked" : v.latest() ? "latest" : "available")
                .column("IMAGE", v -> v.spec() == null ? null : v.spec().dockerImage())
                .column("QUALITY", v -> v.quality() == null ? null : v.quality().score())
                .column("CREATED", TemplateVersionResponse::createdAt)
                .column("CHANGELOG", TemplateVersionResponse::changelog)
                .whenEmpty("No versions.");
    }
}
