package cloud.dumont.cli.marketplace;

import cloud.dumont.api.marketplace.MarketplaceTemplate;
import cloud.dumont.cli.CommandBase;
import cloud.dumont.sdk.MarketplaceApi;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
        name = "unpublish",
        description = "Take a template you published out of the marketplace: hidden from browse and search, no new"
                + " deployments; running deployments of it go on.",
        footer = {"", "Examples:", "  dumont marketplace unpublish 3f6c1c2e-8d1b-4b8e-9a4e-2f1d0c9b7a61"})
final class UnpublishCommand extends CommandBase {

    @Parameters(paramLabel = "TEMPLATE", description = "The template's id")
    String template;

    @Override
    protected int execute() {
        MarketplaceApi api = client().marketplace();
        api.unpublish(template);
        // Its author (or an admin) still sees it, now with its unpublished_at.
        MarketplaceTemplate t = api.get(template);
        output().done(
                        "Unpublished " + t.name() + " (" + t.id() + "): hidden from browse and search and takes no new"
                                + " deployments; running deployments of it go on.",
                        t);
        return 0;
    }
}
