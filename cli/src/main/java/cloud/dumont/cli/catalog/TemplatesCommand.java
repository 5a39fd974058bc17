package cloud.dumont.cli.catalog;

import cloud.dumont.api.catalog.PortSpec;
import cloud.dumont.api.catalog.TemplateResponse;
import cloud.dumont.cli.CommandBase;
import cloud.dumont.cli.output.Details;
import cloud.dumont.cli.output.Table;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "templates",
        description = "The official templates (JupyterLab, Stable Diffusion WebUI, ComfyUI, vLLM).",
        subcommands = {TemplatesCommand.ListTemplates.class, TemplatesCommand.TemplateInfo.class},
        footer = {"", "Examples:", "  dumont templates list", "  dumont templates info comfy-ui"})
public final class TemplatesCommand {

    @Command(
            name = "list",
            description = "List the official templates.",
            footer = {"", "Examples:", "  dumont templates list --category notebooks", "  dumont templates list -o json"
            })
    static final class ListTemplates extends CommandBase {

        @Option(names = "--category", description = "Only this category")
        String category;

        @Option(
                names = {"-q", "--query"},
                description = "Only templates matching these words")
        String query;

        @Option(names = "--max-vram", paramLabel = "GB", description = "Only templates that run with this much VRAM")
        Integer maxVram;

        @Override
        protected int execute() {
            List<TemplateResponse> templates = client().catalog().templates(maxVram, category, query);
            output().print(templates, () -> Table.of(templates)
                    .column("SLUG", TemplateResponse::slug)
                    .column("NAME", TemplateResponse::name)
                    .column("CATEGORY", TemplateResponse::category)
                    .column("MIN VRAM", t -> t.gpuMinVram() + " GB")
                    .column("VERSION", TemplateResponse::version)
                    .column("IMAGE", TemplateResponse::dockerImage)
                    .whenEmpty("No template matches."));
            return 0;
        }
    }

    @Command(
            name = "info",
            description = "Show one template: image, ports, GPU needs, first-boot time.",
            footer = {"", "Examples:", "  dumont templates info jupyter-lab"})
    static final class TemplateInfo extends CommandBase {

        @Parameters(paramLabel = "SLUG", description = "The template's slug, e.g. jupyter-lab")
        String slug;

        @Override
        protected int execute() {
            TemplateResponse t = client().catalog().template(slug);
            output().print(t, () -> Details.of()
                    .field("Name", t.name())
                    .field("Slug", t.slug())
                    .field("Version", t.version())
                    .field("Category", t.category())
                    .field("Image", t.dockerImage())
                    .field(
                            "Ports",
                            t.ports().stream().map(TemplatesCommand::port).collect(Collectors.joining(", ")))
                    .field("VRAM", t.gpuMinVram() + " GB minimum, " + t.gpuRecommendedVram() + " GB recommended")
                    .field("CUDA", t.cudaVersion())
                    .field("Disk", t.diskGb() + " GB")
                    .field(
                            "First boot",
                            t.firstBoot() == null
                                    ? null
                                    : "about " + t.firstBoot().estimatedMinutes() + " min, downloads "
                                            + t.firstBoot().downloadGb() + " GB")
                    .field("Tags", t.tags())
                    .field("Docs", t.documentationUrl())
                    .section("Description", t.description()));
            return 0;
        }
    }

    static String port(PortSpec p) {
        return p.port() + (p.label() == null ? "" : " (" + p.label() + ")");
    }
}
