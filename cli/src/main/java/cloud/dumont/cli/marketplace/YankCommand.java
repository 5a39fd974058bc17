package cloud.dumont.cli.marketplace;

import cloud.dumont.api.marketplace.TemplateVersionResponse;
import cloud.dumont.cli.CommandBase;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
        name = "yank",
        description = "Yank a version of a template you published: it can no longer be deployed (running deployments"
                + " go on). Yanking the latest makes the newest one left the latest.",
        footer = {"", "Examples:", "  dumont marketplace yank 3f6c1c2e-8d1b-4b8e-9a4e-2f1d0c9b7a61 1.1.0"})
final class YankCommand extends CommandBase {

    @Parameters(index = "0", paramLabel = "TEMPLATE", description = "The template's id")
    String template;

    @Parameters(index = "1", paramLabel = "VERSION", description = "The version to yank, e.g. 1.1.0")
    String version;

    @Override
    protected int execute() {
        List<TemplateVersionResponse> versions = client().marketplace().yank(template, version);
        output().print(versions, () -> out -> {
            out.println("Yanked version " + version + ": it can no longer be deployed.");
            out.println();
            VersionsCommand.table(versions).render(out);
        });
        return 0;
    }
}
