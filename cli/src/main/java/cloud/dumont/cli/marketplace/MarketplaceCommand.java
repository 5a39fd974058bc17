package cloud.dumont.cli.marketplace;

import picocli.CommandLine.Command;

@Command(
        name = "marketplace",
        description = "Browse, search, publish, review and fork marketplace templates.",
        subcommands = {},
        footer = {"", "Examples:", "  dumont marketplace search comfy"})
public final class MarketplaceCommand {}
