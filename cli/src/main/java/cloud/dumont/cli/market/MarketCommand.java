package cloud.dumont.cli.market;

import cloud.dumont.api.market.MarketSnapshot;
import cloud.dumont.api.market.MarketTable;
import cloud.dumont.cli.CommandBase;
import cloud.dumont.cli.output.Cells;
import cloud.dumont.cli.output.Table;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "market",
        description = {
            "The spot market at its latest sample: offers, on-demand and interruptible",
            "prices per GPU model and GPU count ($/h for the whole offer)."
        },
        subcommands = MarketHistoryCommand.class,
        footer = {
            "",
            "Examples:",
            "  dumont market",
            "  dumont market --gpu 'RTX 4090' --num-gpus 1",
            "  dumont market history 'RTX 4090' --since 7d",
            "  dumont market -o json | jq '.rows[] | {gpu_name, price_min, bid_min}'",
            "",
            "SAVING is how much cheaper the median interruptible price is than the",
            "median on-demand one."
        })
public final class MarketCommand extends CommandBase {

    @Option(names = "--gpu", paramLabel = "NAME", description = "Only this GPU model, e.g. 'RTX 4090'")
    String gpu;

    @Option(names = "--num-gpus", paramLabel = "N", description = "Only offers of this many GPUs (1-16)")
    Integer numGpus;

    @Override
    protected int execute() {
        MarketTable market = client().market().table(numGpus);
        MarketTable shown = gpu == null
                ? market
                : new MarketTable(
                        market.sampledAt(),
                        market.simulated(),
                        market.rows().stream()
                                .filter(r -> r.gpuName().equalsIgnoreCase(gpu.strip()))
                                .toList());
        if (shown.simulated()) {
            warn("the server's cloud is simulated; these prices are not a real market.");
        }
        output().print(shown, () -> table(shown.rows(), emptyMessage(market)));
        return 0;
    }

    private String emptyMessage(MarketTable market) {
        if (market.sampledAt() == null) {
            return "No sample yet: the server samples the market a few seconds after it starts, then every 10 minutes.";
        }
        return gpu == null
                ? "No offers at the latest sample."
                : "No offers of '" + gpu.strip() + "' at the latest sample (see 'dumont market' for the models).";
    }

    private static Table<MarketSnapshot> table(List<MarketSnapshot> rows, String empty) {
        return Table.of(rows)
                .column("GPU", MarketSnapshot::gpuName)
                .column("GPUS", MarketSnapshot::numGpus)
                .column("OFFERS", MarketSnapshot::offers)
                .column("MIN", r -> Cells.dollars(r.priceMin()))
                .column("P25", r -> Cells.dollars(r.priceP25()))
                .column("MEDIAN", r -> Cells.dollars(r.priceMedian()))
                .column("BID MIN", r -> r.bidMin() == null ? null : Cells.dollars(r.bidMin()))
                .column("BID MEDIAN", r -> r.bidMedian() == null ? null : Cells.dollars(r.bidMedian()))
                .column("SAVING", r -> Cells.percent(r.spread()))
                .column("RELIABILITY", r -> Cells.percent(r.reliabilityMedian()))
                .whenEmpty(empty);
    }
}
