package cloud.dumont.cli.marketplace;

import cloud.dumont.api.marketplace.ReviewPage;
import cloud.dumont.api.marketplace.ReviewResponse;
import cloud.dumont.cli.CommandBase;
import cloud.dumont.cli.output.Cells;
import cloud.dumont.cli.output.Table;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "reviews",
        description = "A template's reviews, most helpful first.",
        footer = {
            "",
            "Examples:",
            "  dumont marketplace reviews 3f6c1c2e-8d1b-4b8e-9a4e-2f1d0c9b7a61",
            "  dumont marketplace reviews comfy-ui --sort recent -o json"
        })
final class ReviewsCommand extends CommandBase {

    enum Order {
        helpful,
        recent
    }

    @Parameters(paramLabel = "TEMPLATE", description = "Template id (or an official template's slug)")
    String template;

    @Option(names = "--sort", paramLabel = "ORDER", description = "helpful (default) or recent")
    Order sort;

    @Option(names = "--page", paramLabel = "N", defaultValue = "1", description = "Page to show, from 1")
    int page;

    @Option(
            names = "--size",
            paramLabel = "N",
            defaultValue = "20",
            description = "Reviews per page (default ${DEFAULT-VALUE})")
    int size;

    @Override
    protected int execute() {
        if (page < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--page starts at 1");
        }
        ReviewPage reviews = client().reviews().list(template, page - 1, size, sort == null ? null : sort.name());
        output().print(reviews, () -> out -> {
            Table.of(reviews.items())
                    .column("RATING", r -> r.rating() + "/5")
                    .column("TITLE", ReviewResponse::title)
                    .column("REVIEWER", r -> r.reviewer() + (r.verifiedUsage() ? TemplateView.VERIFIED : ""))
                    .column("USE CASE", ReviewResponse::useCase)
                    .column("HELPFUL", ReviewResponse::helpfulVotes)
                    .column("DATE", ReviewResponse::createdAt)
                    .column("COMMENT", ReviewResponse::body)
                    .whenEmpty("No reviews yet. Write one with: dumont marketplace review " + template
                            + " --rating N --title T")
                    .render(out);
            if (reviews.total() > 0) {
                out.println();
                out.println("Rating "
                        + Cells.rating(
                                reviews.rating().average(), reviews.rating().count())
                        + "; page " + (reviews.page() + 1) + " of "
                        + Math.max(1, (reviews.total() + reviews.size() - 1) / reviews.size()) + "; "
                        + TemplateView.VERIFIED + " = the reviewer deployed it");
            }
        });
        return 0;
    }
}
