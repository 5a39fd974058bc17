package cloud.dumont.cli.market;

import cloud.dumont.api.market.GpuRecommendation;
import cloud.dumont.api.market.GpuRecommendations;
import cloud.dumont.cli.CommandBase;
import cloud.dumont.cli.output.Cells;
import cloud.dumont.cli.output.Table;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
        name = "gpus",
        description = {
            "The GPU models a template fits on, with live prices and measured times to",
            "ready; the best value and the fastest are marked."
        },
        footer = {
            "",
            "Examples:",
            "  dumont gpus jupyter-lab",
            "  dumont gpus vllm -o json | jq -r .best_value",
            "  dumont deploy jupyter-lab --gpu \"$(dumont gpus jupyter-lab -o json | jq -r .best_value)\"",
            "",
            "Best value: the cheapest model listed now with the recommended VRAM. Fastest:",
            "the shortest median time to ready over at least two ready deployments of the",
            "template. VRAM 'minimum' fits the template but not its recommendation."
        })
public final class GpusCommand extends CommandBase {

    @Parameters(paramLabel = "TEMPLATE", description = "An official slug or a community template's id")
    String template;

    @Override
    protected int execute() {
        GpuRecommendations picks = client().market().gpuRecommendations(template);
        if (picks.simulated()) {
            warn("the server's cloud is simulated; these prices are not a real market.");
        }
        output().print(picks, () -> out -> {
            table(picks.gpus()).render(out);
            out.println();
            out.println(picks.templateSlug() + " needs " + picks.minVramGb() + " GB of VRAM, "
                    + picks.recommendedVramGb() + " GB recommended; "
                    + (picks.sampledAt() == null
                            ? "no market sample yet, so no prices."
                            : "prices of the market sample of " + Cells.text(picks.sampledAt()) + "."));
        });
        return 0;
    }

    private static Table<GpuRecommendation> table(List<GpuRecommendation> gpus) {
        return Table.of(gpus)
                .column("GPU", GpuRecommendation::gpuName)
                .column("VRAM", g -> g.vramGb() + " GB" + (g.meetsRecommended() ? "" : " (minimum)"))
                .column("PRICE", g -> g.pricePerHour() == null ? null : Cells.dollars(g.pricePerHour()))
                .column("OFFERS", GpuRecommendation::offers)
                .column("READY IN", GpusCommand::readyIn)
                .column("DEPLOYS", g -> g.readyAttempts() + " ready, " + g.failedAttempts() + " failed")
                .column("PICK", GpusCommand::pick)
                .whenEmpty("No GPU model in the catalog has enough VRAM for this template.");
    }

    /** The median time to ready as {@code m:ss}, or nothing before the template ever became ready on the model. */
    private static String readyIn(GpuRecommendation g) {
        return g.medianSecondsToReady() == null
                ? null
                : Cells.elapsed(Duration.ofSeconds(Math.round(g.medianSecondsToReady())));
    }

    private static String pick(GpuRecommendation g) {
        List<String> marks = new ArrayList<>();
        if (g.bestValue()) {
            marks.add("best value");
        }
        if (g.fastest()) {
            marks.add("fastest");
        }
        return marks.isEmpty() ? null : String.join(", ", marks);
    }
}
