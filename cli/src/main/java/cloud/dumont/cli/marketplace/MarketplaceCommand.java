package cloud.dumont.cli.marketplace;

import picocli.CommandLine.Command;

@Command(
        mixinStandardHelpOptions = true,
        name = "marketplace",
        description = "Browse, search, publish, review and fork marketplace templates.",
        subcommands = {},
        footer = {"", "Examples:", "  dumont marketplace search comfy"})
public final class MarketplaceCommand {}
