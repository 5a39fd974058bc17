package cloud.dumont.cli.marketplace;

import cloud.dumont.api.marketplace.MarketplaceTemplate;
import cloud.dumont.cli.CommandBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
        name = "info",
        aliases = "show",
        description = "Show one template: author, rating, launches, image, ports, GPU needs, quality and README.",
        footer = {
            "",
            "Examples:",
            "  dumont marketplace info 3f6c1c2e-8d1b-4b8e-9a4e-2f1d0c9b7a61",
            "  dumont marketplace info comfy-ui -o json"
        })
final class InfoCommand extends CommandBase {

    @Parameters(paramLabel = "TEMPLATE", description = "Template id (or an official template's slug)")
    String template;

    @Override
    protected int execute() {
        MarketplaceTemplate t = client().marketplace().get(template);
        output().print(t, () -> TemplateView.details(t));
        return 0;
    }
}
