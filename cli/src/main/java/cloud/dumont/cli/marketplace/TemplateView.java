package cloud.dumont.cli.marketplace;

import cloud.dumont.api.catalog.PortSpec;
import cloud.dumont.api.marketplace.ForkOrigin;
import cloud.dumont.api.marketplace.MarketplaceTemplate;
import cloud.dumont.api.marketplace.QualityCheck;
import cloud.dumont.api.marketplace.TemplateAuthor;
import cloud.dumont.api.marketplace.TemplatePage;
import cloud.dumont.api.marketplace.TemplateSpec;
import cloud.dumont.cli.output.Cells;
import cloud.dumont.cli.output.Details;
import cloud.dumont.cli.output.Rendered;
import cloud.dumont.cli.output.Table;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** How marketplace templates look for people: a row in a list, or one template field by field. */
final class TemplateView {

    /** Marks Dumont's own (verified) author in a table cell. */
    static final String VERIFIED = "✓";

    private TemplateView() {}

    /**
     * What names the template in other commands: the slug of an official template (reachable by it alone), the id of
     * a community one.
     */
    static String reference(MarketplaceTemplate t) {
        return t.official() ? t.slug() : String.valueOf(t.id());
    }

    static Table<MarketplaceTemplate> table(List<MarketplaceTemplate> templates, String whenEmpty) {
        return Table.of(templates)
                .column("ID", TemplateView::reference)
                .column("NAME", MarketplaceTemplate::name)
                .column("AUTHOR", t -> author(t.author()))
                .column("RATING", t -> rating(t))
                .column("LAUNCHES", MarketplaceTemplate::launches)
                .column("VERSION", MarketplaceTemplate::version)
                .column("CATEGORY", MarketplaceTemplate::category)
                .whenEmpty(whenEmpty);
    }

    /** The page's rows, then {@code page X of Y, N results} when there are any. */
    static Rendered page(TemplatePage page, String whenEmpty) {
        return out -> {
            table(page.items(), whenEmpty).render(out);
            if (page.total() > 0) {
                long pages = Math.max(1, (page.total() + page.size() - 1) / page.size());
                out.println();
                out.println("page " + (page.page() + 1) + " of " + pages + ", " + page.total()
                        + (page.total() == 1 ? " result" : " results"));
            }
        };
    }

    static String author(TemplateAuthor author) {
        if (author == null) {
            return null;
        }
        return author.handle() + (author.verified() ? VERIFIED : "");
    }

    static String rating(MarketplaceTemplate t) {
        return t.rating() == null
                ? null
                : Cells.rating(t.rating().average(), t.rating().count());
    }

    static Details details(MarketplaceTemplate t) {
        TemplateSpec spec = t.spec();
        return Details.of()
                .field("Name", t.name())
                .field("Id", t.id())
                .field("Slug", t.slug())
                .field("Author", authorLine(t.author()))
                .field("Version", t.version())
                .field("Rating", rating(t))
                .field("Launches", t.launches())
                .field("License", t.license())
                .field("Category", t.category())
                .field("Tags", t.tags())
                .field("Architectures", t.architectures())
                .field("Regions", t.regions())
                .field("Image", spec == null ? null : spec.dockerImage())
                .field("Ports", spec == null ? null : ports(spec.ports()))
                .field("VRAM", vram(t))
                .field("Disk", spec == null || spec.diskGb() == null ? null : spec.diskGb() + " GB")
                .field("Quality score", t.quality() == null ? null : t.quality().score() + "/100")
                .field("Forked from", forkedFrom(t.forkedFrom()))
                .field("Visibility", "public".equals(t.visibility()) ? null : t.visibility())
                .field("Maintenance", "active".equals(t.maintenanceStatus()) ? null : t.maintenanceStatus())
                .field("Unpublished", t.unpublishedAt())
                .field("Docs", t.documentationUrl())
                .field("Paper", t.paperDoi() == null ? null : "https://doi.org/" + t.paperDoi())
                .field("Updated", t.updatedAt())
                .field("Launch with", t.unpublishedAt() == null ? "dumont launch marketplace:" + reference(t) : null)
                .section("Description", t.description())
                .section("Quality warnings", warnings(t))
                .section("README", t.readme());
    }

    private static String authorLine(TemplateAuthor author) {
        if (author == null) {
            return null;
        }
        String name = author.name() == null || author.name().equals(author.handle())
                ? author.handle()
                : author.name() + " (" + author.handle() + ")";
        return name + (author.verified() ? " " + VERIFIED + " verified" : "");
    }

    private static String vram(MarketplaceTemplate t) {
        TemplateSpec spec = t.spec();
        Integer min = spec != null && spec.gpuMinVram() != null ? spec.gpuMinVram() : t.gpuMinVram();
        if (min == null || min == 0) {
            return null;
        }
        Integer recommended = spec == null ? null : spec.gpuRecommendedVram();
        return min + " GB minimum" + (recommended == null ? "" : ", " + recommended + " GB recommended");
    }

    static String ports(List<PortSpec> ports) {
        if (ports == null || ports.isEmpty()) {
            return null;
        }
        return ports.stream()
                .map(p -> p.port()
                        + (p.protocol() == null ? "" : "/" + p.protocol())
                        + (p.label() == null ? "" : " (" + p.label() + ")"))
                .collect(Collectors.joining(", "));
    }

    private static String forkedFrom(ForkOrigin origin) {
        if (origin == null) {
            return null;
        }
        return origin.name() + " " + origin.version() + " by " + origin.authorHandle() + " (" + origin.templateId()
                + ")";
    }

    private static String warnings(MarketplaceTemplate t) {
        if (t.quality() == null) {
            return null;
        }
        return t.quality().checks().stream()
                .filter(c -> c.level().toLowerCase(Locale.ROOT).equals("warn"))
                .map(TemplateView::check)
                .collect(Collectors.joining("\n"));
    }

    static String check(QualityCheck c) {
        return (c.field() == null ? "" : c.field() + ": ") + c.message();
    }
}
