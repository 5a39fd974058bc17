package cloud.dumont.cli.marketplace;

import cloud.dumont.api.marketplace.ReviewRequest;
import cloud.dumont.api.marketplace.ReviewResponse;
import cloud.dumont.cli.CommandBase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "review",
        description = "Rate and review a template; reviewing it again edits your review.",
        footer = {
            "",
            "Examples:",
            "  dumont marketplace review 3f6c1c2e-8d1b-4b8e-9a4e-2f1d0c9b7a61 --rating 5 --title 'Works great'",
            "  dumont marketplace review comfy-ui --rating 4 --title 'Solid' --comment 'Boots in a minute.'"
                    + " --use-case 'product shots'"
        })
final class ReviewCommand extends CommandBase {

    @Parameters(paramLabel = "TEMPLATE", description = "Template id (or an official template's slug)")
    String template;

    @Option(names = "--rating", required = true, paramLabel = "1-5", description = "Stars, 1 to 5")
    int rating;

    @Option(names = "--title", required = true, paramLabel = "TEXT", description = "One line, at most 120 characters")
    String title;

    @Option(names = "--comment", paramLabel = "TEXT", description = "What you found, at most 5000 characters")
    String comment;

    @Option(names = "--use-case", paramLabel = "TEXT", description = "What you used it for, at most 80 characters")
    String useCase;

    @Override
    protected int execute() {
        if (rating < 1 || rating > 5) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--rating must be 1 to 5, not " + rating);
        }
        ReviewResponse r = client().reviews().submit(template, new ReviewRequest(rating, title, comment, useCase));
        output().done(
                        "Reviewed " + template + ": " + r.rating() + "/5 \"" + r.title() + "\""
                                + (r.verifiedUsage() ? " (verified: you deployed it)" : ""),
                        r);
        return 0;
    }
}
