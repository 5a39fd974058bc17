package cloud.dumont.marketplace;

/** Request bodies for marketplace tests: a valid community template, and variations of it. */
final class MarketplaceTemplates {

    private MarketplaceTemplates() {}

    static String spec(String image, int port) {
        return """
                {"docker_image": "%s", "launch_command": "",
                 "ports": [{"port": %d, "protocol": "http", "label": "App", "health_path": "/health"}],
                 "env": {"HF_TOKEN": "<your-token>", "MODE": "fast"}, "volumes": ["/workspace"],
                 "gpu_min_vram": 8, "gpu_recommended_vram": 12, "cuda_version": "12.1", "disk_gb": 30,
                 "app_auth": "portal_token"}"""
                .formatted(image, port);
    }

    static String publish(String slug, String name, String tags, String extra) {
        return """
                {"slug": "%s", "name": "%s", "description": "Transcribes audio with Whisper on a GPU, fast.",
                 "category": "audio", "tags": [%s], "architectures": ["x86_64"], "regions": ["US"],
                 "license": "MIT", "documentation_url": "https://example.org/docs",
                 "readme": "# %s\\n\\nUpload audio and get text back. %s",
                 "spec": %s %s}"""
                .formatted(
                        slug,
                        name,
                        tags,
                        name,
                        "Plenty of words to read here. ".repeat(10),
                        spec("ghcr.io/acme/whisper-server:1.2", 7000),
                        extra);
    }

    static String publish(String slug, String name) {
        return publish(slug, name, "\"whisper\", \"speech\"", "");
    }
}
