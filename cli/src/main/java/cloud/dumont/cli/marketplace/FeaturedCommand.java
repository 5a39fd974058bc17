package cloud.dumont.cli.marketplace;

import cloud.dumont.api.marketplace.MarketplaceTemplate;
import cloud.dumont.cli.CommandBase;
import java.util.List;
import picocli.CommandLine.Command;

@Command(
        name = "featured",
        description = "The templates the admins feature, in their order.",
        footer = {"", "Examples:", "  dumont marketplace featured", "  dumont marketplace featured -o json"})
final class FeaturedCommand extends CommandBase {

    @Override
    protected int execute() {
        List<MarketplaceTemplate> templates = client().marketplace().featured();
        output().print(templates, () -> TemplateView.table(templates, "No featured templates."));
        return 0;
    }
}
