package cloud.dumont.cli.market;

import cloud.dumont.api.market.MarketHistory;
import cloud.dumont.cli.CommandBase;
import cloud.dumont.sdk.MarketHistoryQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "history",
        description = {
            "A GPU model's price history drawn in the terminal: the on-demand median and",
            "the interruptible minimum bid over time, with their lows and highs, and the",
            "suggested bid with its risk of being outbid. -o json|yaml prints the points."
        },
        footer = {
            "",
            "Examples:",
            "  dumont market history 'RTX 4090'",
            "  dumont market history 'RTX 4090' --since 7d --region europe",
            "  dumont market history 'RTX 3090' --bid 0.15        # how often would 0.15 $/h be outbid?",
            "  dumont market history 'A100 SXM4' --num-gpus 8 -o json | jq '.points | length'",
            "",
            "The last day is raw samples; 7d and 30d are hourly means, 1y daily means",
            "beyond 30 days. The suggested bid comes from the last 7 days; past prices do",
            "not promise future ones."
        })
final class MarketHistoryCommand extends CommandBase {

    @Parameters(paramLabel = "GPU", description = "A GPU model as 'dumont market' names it, e.g. 'RTX 4090'")
    String gpu;

    @Option(
            names = "--since",
            paramLabel = "SPAN",
            defaultValue = "24h",
            description = "How far back: 24h, 7d, 30d or 1y (default ${DEFAULT-VALUE})")
    String since;

    @Option(names = "--num-gpus", paramLabel = "N", description = "Offers of this many GPUs (1-16, default 1)")
    Integer numGpus;

    @Option(
            names = "--region",
            paramLabel = "REGION",
            description = "all (default), north-america, europe, asia, oceania, south-america, africa or other")
    String region;

    @Option(
            names = "--max-risk",
            paramLabel = "SHARE",
            description = "The outbid risk the suggested bid may carry, 0.01-0.5 (default 0.1)")
    Double maxRisk;

    @Option(names = "--bid", paramLabel = "USD", description = "A bid in $/h to get the outbid risk of")
    Double bid;

    @Override
    protected int execute() {
        MarketHistoryQuery query = MarketHistoryQuery.last24h()
                .withRange(since)
                .withNumGpus(numGpus)
                .withRegion(region)
                .withMaxRisk(maxRisk)
                .withBid(bid);
        MarketHistory history = client().market().history(gpu, query);
        if (history.simulated()) {
            warn("the server's cloud is simulated; these prices are not a real market.");
        }
        output().print(history, () -> new MarketHistoryView(history));
        return 0;
    }
}
