package cloud.dumont.cli.marketplace;

import picocli.CommandLine.Command;

@Command(
        name = "marketplace",
        description = "Browse, search, publish, review and fork marketplace templates.",
        subcommands = {
            BrowseCommand.class,
            SearchCommand.class,
            InfoCommand.class,
            FeaturedCommand.class,
            TrendingCommand.class,
            VersionsCommand.class,
            PublishCommand.class,
            UpdateCommand.class,
            UnpublishCommand.class,
            YankCommand.class,
            MineCommand.class,
            ReviewCommand.class,
            ReviewsCommand.class,
            ForkCommand.class,
            ReportCommand.class
        },
        footer = {
            "",
            "Examples:",
            "  dumont marketplace search comfy",
            "  dumont marketplace list --category audio --sort rating",
            "  dumont marketplace info 3f6c1c2e-8d1b-4b8e-9a4e-2f1d0c9b7a61",
            "  dumont marketplace publish -f template.yaml",
            "  dumont launch marketplace:3f6c1c2e-8d1b-4b8e-9a4e-2f1d0c9b7a61 --wait",
            "",
            "A template is named by its id; an official one also by its slug (e.g. comfy-ui)."
        })
public final class MarketplaceCommand {}
