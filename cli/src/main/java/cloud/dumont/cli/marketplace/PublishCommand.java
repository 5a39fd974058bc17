package cloud.dumont.cli.marketplace;

import cloud.dumont.api.marketplace.MarketplaceTemplate;
import cloud.dumont.api.marketplace.PublishRequest;
import cloud.dumont.cli.CommandBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "publish",
        description = "Publish a community template described in a YAML or JSON file.",
        footer = {
            "",
            "Examples:",
            "  dumont marketplace publish -f template.yaml",
            "  dumont marketplace publish -f template.json -o json",
            "",
            "The file has the publish request's fields, named as in the API:",
            "  slug: whisper-server",
            "  name: Whisper Server",
            "  description: Transcribes audio with Whisper on a GPU.",
            "  category: audio            # development, image-generation, llm-inference, audio, ...",
            "  tags: [whisper, speech]",
            "  architectures: [x86_64]",
            "  license: MIT",
            "  readme: |",
            "    # Whisper Server",
            "  spec:",
            "    docker_image: ghcr.io/acme/whisper-server:1.2",
            "    ports: [{port: 7000, protocol: http, label: App, health_path: /health}]",
            "    env: {HF_TOKEN: <your-token>}",
            "    gpu_min_vram: 8",
            "    disk_gb: 30",
            "    app_auth: portal_token",
            "",
            "A rejected template exits with 1 and lists every field to fix on standard error."
        })
final class PublishCommand extends CommandBase {

    @Option(
            names = {"-f", "--file"},
            required = true,
            paramLabel = "FILE",
            description = "The template: YAML or JSON, '-' for standard input")
    String file;

    @Override
    protected int execute() {
        PublishRequest request =
                TemplateFile.read(file, PublishRequest.class, environment().in());
        MarketplaceTemplate t = client().marketplace().publish(request);
        output().print(t, () -> out -> {
            out.println("Published " + t.name() + " " + t.version() + " as " + t.id() + ".");
            QualityLines.render(t.quality(), out);
            out.println("Launch it with: dumont launch marketplace:" + t.id());
        });
        return 0;
    }
}
