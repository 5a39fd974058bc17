package cloud.dumont.sdk;

import cloud.dumont.api.catalog.PortSpec;
import cloud.dumont.api.marketplace.PublishRequest;
import cloud.dumont.api.marketplace.TemplateSpec;
import java.util.List;
import java.util.Map;

/** A valid community template to publish (the one the server's marketplace tests publish), and its spec. */
final class Templates {

    private Templates() {}

    static TemplateSpec spec(String image) {
        return new TemplateSpec(
                image,
                "",
                List.of(new PortSpec(7000, "http", "App", "/health")),
                Map.of("HF_TOKEN", "<your-token>", "MODE", "fast"),
                List.of("/workspace"),
                8,
                12,
                "12.1",
                30,
                "portal_token");
    }

    static PublishRequest whisper(String slug, String name) {
        return new PublishRequest(
                slug,
                name,
                "Transcribes audio with Whisper on a GPU, fast.",
                "audio",
                List.of("whisper", "speech"),
                List.of("x86_64"),
                List.of("US"),
                "MIT",
                null,
                null,
                "https://example.org/docs",
                null,
                null,
                "# " + name + "\n\nUpload audio and get text back. " + "Plenty of words to read here. ".repeat(10),
                null,
                null,
                spec("ghcr.io/acme/whisper-server:1.2"),
                null);
    }
}
