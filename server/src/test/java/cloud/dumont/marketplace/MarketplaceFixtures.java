package cloud.dumont.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.dumont.ApiClient;
import cloud.dumont.ApiClient.Response;
import cloud.dumont.api.catalog.LaunchMode;
import cloud.dumont.api.catalog.PortSpec;
import cloud.dumont.catalog.AppAuth;
import cloud.dumont.catalog.StoredTemplate;
import cloud.dumont.catalog.TemplateLaunchSpec;
import cloud.dumont.catalog.TemplateMetadata;
import cloud.dumont.catalog.TemplateRegistry;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Users signed up through the API and community templates created through the registry, for marketplace tests. */
final class MarketplaceFixtures {

    static final String ADMIN_EMAIL = "admin@dumont.local";
    static final String ADMIN_PASSWORD = "dumont-admin";

    private final ApiClient api;
    private final TemplateRegistry registry;

    MarketplaceFixtures(ApiClient api, TemplateRegistry registry) {
        this.api = api;
        this.registry = registry;
    }

    /** A signed-up user: their id and access token. */
    record User(UUID id, String name, String token) {}

    User signUp(String name) {
        String email = "r" + UUID.randomUUID() + "@test.local";
        Response signup = api.post(
                "/api/v1/auth/signup",
                "{\"email\":\"" + email + "\",\"password\":\"correct-horse-9\",\"display_name\":\"" + name + "\"}");
        assertThat(signup.status()).as(signup.body()).isEqualTo(201);
        return new User(UUID.fromString(signup.json().get("id").asString()), name, api.login(email, "correct-horse-9"));
    }

    String admin() {
        return api.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    /** A community template of this author, public (listed) unless told otherwise. */
    StoredTemplate template(User author, String visibility) {
        String slug = "t-" + UUID.randomUUID().toString().substring(0, 8);
        TemplateMetadata metadata = new TemplateMetadata(
                "Template " + slug,
                "A community template for marketplace tests",
                "development",
                List.of("test"),
                null,
                0,
                0,
                null,
                null,
                "# " + slug,
                List.of("x86_64"),
                List.of(),
                "MIT",
                visibility,
                "active",
                null,
                null);
        TemplateLaunchSpec spec = new TemplateLaunchSpec(
                "ghcr.io/example/app:1.0",
                LaunchMode.entrypoint,
                List.of(),
                "",
                List.of(new PortSpec(8080, "http", "App", "/health")),
                List.of(),
                Map.of(),
                8,
                16,
                "12.1",
                20,
                AppAuth.API_KEY);
        return registry.create(author.id(), author.name(), slug, metadata, "1.0.0", spec, "First", null);
    }

    StoredTemplate template(User author) {
        return template(author, "public");
    }

    static String review(int rating, String title) {
        return "{\"rating\":" + rating + ",\"title\":\"" + title + "\",\"body\":\"Body\",\"use_case\":\"testing\"}";
    }
}
