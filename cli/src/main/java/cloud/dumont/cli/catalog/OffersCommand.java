package cloud.dumont.cli.catalog;

import cloud.dumont.api.deployment.OfferResponse;
import cloud.dumont.api.deployment.OffersResponse;
import cloud.dumont.cli.CommandBase;
import cloud.dumont.cli.output.Cells;
import cloud.dumont.cli.output.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "offers",
        description = "The cheapest GPUs a template can run on right now (compatible, reliable, verified).",
        footer = {
            "",
            "Examples:",
            "  dumont offers jupyter-lab",
            "  dumont offers vllm --gpu 'RTX 4090' --max-price 0.6",
            "  dumont offers jupyter-lab -o json | jq '.offers[0].id'"
        })
public final class OffersCommand extends CommandBase {

    @Parameters(paramLabel = "TEMPLATE", description = "An official slug or a community template's id")
    String template;

    @Option(names = "--gpu", paramLabel = "NAME", description = "Only this GPU model, e.g. 'RTX 4090'")
    String gpu;

    @Option(names = "--max-price", paramLabel = "USD", description = "Only offers at most this many dollars per hour")
    Double maxPrice;

    @Option(names = "--disk", paramLabel = "GB", description = "Disk the deployment needs (default: the template's)")
    Integer disk;

    @Option(names = "--limit", defaultValue = "10", description = "How many offers (1-100, default ${DEFAULT-VALUE})")
    int limit;

    @Override
    protected int execute() {
        OffersResponse offers = client().catalog().offers(template, gpu, maxPrice, disk, limit);
        if (offers.simulated()) {
            warn("the server's cloud is simulated; these offers are not real GPUs.");
        }
        output().print(offers, () -> Table.of(offers.offers())
                .column("OFFER", OfferResponse::id)
                .column("GPU", o -> o.numGpus() > 1 ? o.numGpus() + "x " + o.gpuName() : o.gpuName())
                .column("VRAM", o -> o.gpuRamGb() + " GB")
                .column("PRICE", o -> Cells.dollars(o.pricePerHour()))
                .column("RELIABILITY", o -> Math.round(o.reliability() * 1000) / 10.0 + "%")
                .column("LOCATION", OfferResponse::location)
                .column("DOWN", o -> Math.round(o.inetDownMbps()) + " Mb/s")
                .column("CUDA", OfferResponse::cudaVersion)
                .whenEmpty(offers.message() != null ? offers.message() : "No compatible offer right now."));
        return 0;
    }
}
