package cloud.dumont.cli.marketplace;

import cloud.dumont.api.marketplace.TemplatePage;
import cloud.dumont.cli.CommandBase;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "search",
        description = "Search templates by name, description, tags, author and README (typos in a name still match).",
        footer = {
            "",
            "Examples:",
            "  dumont marketplace search comfy",
            "  dumont marketplace search speech to text --min-rating 4 --sort rating",
            "  dumont marketplace search llama --architecture arm64 --region US -o json"
        })
final class SearchCommand extends CommandBase {

    @Parameters(paramLabel = "WORDS", arity = "1..*", description = "What to look for")
    List<String> words;

    @Mixin
    BrowseOptions options;

    @Option(names = "--min-rating", paramLabel = "STARS", description = "Only templates rated at least this (0-5)")
    Double minRating;

    @Option(names = "--architecture", paramLabel = "ARCH", description = "Only templates for x86_64 or arm64")
    String architecture;

    @Option(names = "--region", paramLabel = "REGION", description = "Only templates that run in this region, e.g. US")
    String region;

    @Override
    protected int execute() {
        TemplatePage page = client().marketplace()
                .search(options.query()
                        .withText(String.join(" ", words))
                        .withMinRating(minRating)
                        .withArchitecture(architecture)
                        .withRegion(region));
        output().print(page, () -> TemplateView.page(page, "No template matches '" + String.join(" ", words) + "'."));
        return 0;
    }
}
