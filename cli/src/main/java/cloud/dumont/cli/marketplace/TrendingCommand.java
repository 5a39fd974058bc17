package cloud.dumont.cli.marketplace;

import cloud.dumont.api.marketplace.MarketplaceTemplate;
import cloud.dumont.cli.CommandBase;
import java.util.List;
import picocli.CommandLine.Command;

@Command(
        name = "trending",
        description = "Templates launched most in the last days (each launch counts half as much every 3 days).",
        footer = {"", "Examples:", "  dumont marketplace trending", "  dumont marketplace trending -o json"})
final class TrendingCommand extends CommandBase {

    @Override
    protected int execute() {
        List<MarketplaceTemplate> templates = client().marketplace().trending();
        output().print(templates, () -> TemplateView.table(templates, "Nothing is trending: no recent launches."));
        return 0;
    }
}
