package cloud.dumont.cli.marketplace;

import cloud.dumont.api.marketplace.TemplatePage;
import cloud.dumont.cli.CommandBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
        name = "list",
        aliases = "ls",
        description = "Browse the marketplace's listed templates, official and community.",
        footer = {
            "",
            "Examples:",
            "  dumont marketplace list",
            "  dumont marketplace list --category image-generation --sort popular",
            "  dumont marketplace list --community --sort recent --page 2",
            "  dumont marketplace list --tag whisper -o json"
        })
final class BrowseCommand extends CommandBase {

    @Mixin
    BrowseOptions options;

    @Override
    protected int execute() {
        TemplatePage page = client().marketplace().search(options.query());
        output().print(page, () -> TemplateView.page(page, "No template matches."));
        return 0;
    }
}
