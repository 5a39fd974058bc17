package cloud.dumont.cli.marketplace;

import cloud.dumont.api.marketplace.MarketplaceTemplate;
import cloud.dumont.cli.CommandBase;
import cloud.dumont.cli.output.Table;
import java.util.List;
import picocli.CommandLine.Command;

@Command(
        name = "mine",
        description = "The templates you published, private and unpublished ones included.",
        footer = {"", "Examples:", "  dumont marketplace mine", "  dumont marketplace mine -o json"})
final class MineCommand extends CommandBase {

    @Override
    protected int execute() {
        List<MarketplaceTemplate> templates = client().marketplace().mine();
        output().print(templates, () -> Table.of(templates)
                .column("ID", MarketplaceTemplate::id)
                .column("SLUG", MarketplaceTemplate::slug)
                .column("NAME", MarketplaceTemplate::name)
                .column("VERSION", MarketplaceTemplate::version)
                .column("VISIBILITY", MarketplaceTemplate::visibility)
                .column("STATUS", t -> t.unpublishedAt() == null ? "listed" : "unpublished")
                .column("RATING", TemplateView::rating)
                .column("LAUNCHES", MarketplaceTemplate::launches)
                .whenEmpty("You have not published a template. Start with: dumont marketplace publish -f"
                        + " template.yaml"));
        return 0;
    }
}
