package cloud.dumont.cli.marketplace;

import cloud.dumont.sdk.MarketplaceQuery;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The filters, order and page that {@code list} and {@code search} share. */
final class BrowseOptions {

    static final class Origin {
        @Option(names = "--official", description = "Only Dumont's official templates")
        boolean official;

        @Option(names = "--community", description = "Only community templates")
        boolean community;
    }

    @Spec(Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec command;

    @Option(names = "--category", paramLabel = "CATEGORY", description = "Only this category, e.g. audio")
    String category;

    @Option(names = "--tag", paramLabel = "TAG", description = "Only templates with this tag")
    String tag;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Origin origin = new Origin();

    @Option(
            names = "--sort",
            paramLabel = "ORDER",
            description = "relevance (default), popular, rating, recent or trending")
    SortOrder sort;

    @Option(names = "--page", paramLabel = "N", defaultValue = "1", description = "Page to show, from 1")
    int page;

    @Option(
            names = "--size",
            paramLabel = "N",
            defaultValue = "20",
            description = "Templates per page, 1 to 100 (default ${DEFAULT-VALUE})")
    int size;

    MarketplaceQuery query() {
        if (page < 1) {
            throw new CommandLine.ParameterException(command.commandLine(), "--page starts at 1");
        }
        return MarketplaceQuery.all()
                .withCategory(category)
                .withTag(tag)
                .withOfficial(origin.official ? Boolean.TRUE : origin.community ? Boolean.FALSE : null)
                .withSort(sort == null ? null : sort.name())
                .withPage(page - 1, size);
    }
}
