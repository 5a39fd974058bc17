package cloud.dumont.cli.marketplace;

import cloud.dumont.api.marketplace.ForkRequest;
import cloud.dumont.api.marketplace.MarketplaceTemplate;
import cloud.dumont.cli.CommandBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "fork",
        description = "Copy a template (its latest version, or the one you name) into your own templates, remembering"
                + " where it came from.",
        footer = {
            "",
            "Examples:",
            "  dumont marketplace fork 3f6c1c2e-8d1b-4b8e-9a4e-2f1d0c9b7a61",
            "  dumont marketplace fork comfy-ui --slug my-comfy --name 'My ComfyUI'",
            "",
            "Change the fork with: dumont marketplace update <id> -f changes.yaml"
        })
final class ForkCommand extends CommandBase {

    @Parameters(paramLabel = "TEMPLATE", description = "Template id (or an official template's slug)")
    String template;

    @Option(names = "--slug", paramLabel = "SLUG", description = "The fork's slug (default: the original's)")
    String slug;

    @Option(names = "--name", paramLabel = "NAME", description = "The fork's name (default: the original's)")
    String name;

    @Option(names = "--version", paramLabel = "VERSION", description = "The version to copy (default: the latest)")
    String version;

    @Override
    protected int execute() {
        MarketplaceTemplate fork = client().marketplace().fork(template, new ForkRequest(slug, name, version));
        output().print(fork, () -> out -> {
            out.println("Forked " + template
                    + (fork.forkedFrom() == null ? "" : " (" + fork.forkedFrom().version() + ")") + " into "
                    + fork.name() + " " + fork.version() + " as " + fork.id() + ".");
            out.println("Launch it with: dumont launch marketplace:" + fork.id());
        });
        return 0;
    }
}
