package cloud.dumont.cli.marketplace;

import cloud.dumont.api.marketplace.MarketplaceTemplate;
import cloud.dumont.api.marketplace.UpdateRequest;
import cloud.dumont.cli.CommandBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "update",
        description = "Change a template you published: a changed spec publishes a new version, metadata changes in"
                + " place.",
        footer = {
            "",
            "Examples:",
            "  dumont marketplace update 3f6c1c2e-8d1b-4b8e-9a4e-2f1d0c9b7a61 -f template.yaml",
            "",
            "The file has the fields of publish; those it leaves out stay as they are, and",
            "slug, which never changes, is skipped. A changed spec needs a changelog and",
            "becomes the next minor version unless the file sets one."
        })
final class UpdateCommand extends CommandBase {

    @Parameters(paramLabel = "TEMPLATE", description = "The template's id")
    String template;

    @Option(
            names = {"-f", "--file"},
            required = true,
            paramLabel = "FILE",
            description = "The changes: YAML or JSON, '-' for standard input")
    String file;

    @Override
    protected int execute() {
        UpdateRequest request =
                TemplateFile.read(file, UpdateRequest.class, environment().in());
        String before = client().marketplace().get(template).version();
        MarketplaceTemplate t = client().marketplace().update(template, request);
        output().print(t, () -> out -> {
            if (t.version().equals(before)) {
                out.println("Updated " + t.name() + " (" + t.id() + "); still version " + t.version() + ".");
            } else {
                out.println("Updated " + t.name() + " (" + t.id() + ") to version " + t.version() + ".");
                QualityLines.render(t.quality(), out);
            }
        });
        return 0;
    }
}
