package cloud.dumont.marketplace.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.dumont.ApiClient;
import cloud.dumont.api.catalog.LaunchMode;
import cloud.dumont.api.catalog.PortSpec;
import cloud.dumont.catalog.AppAuth;
import cloud.dumont.catalog.StoredTemplate;
import cloud.dumont.catalog.TemplateLaunchSpec;
import cloud.dumont.catalog.TemplateMetadata;
import cloud.dumont.catalog.TemplateRegistry;
import cloud.dumont.marketplace.search.SearchQuery;
import cloud.dumont.marketplace.search.SearchSort;
import cloud.dumont.marketplace.search.TemplateSearchIndex;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Another replica's writes reach this replica's search index: they are made here straight through the registry, as
 * that replica's transaction would leave them in the shared database, without this replica's after-commit update.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "dumont.marketplace.search-catch-up-interval=PT1H")
@ActiveProfiles("test")
class SearchCatchUpIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    TemplateRegistry registry;

    @Autowired
    TemplateStats stats;

    @Autowired
    TemplateSearchIndex index;

    @Autowired
    SearchCatchUp catchUp;

    @Test
    void templatesAndCountersChangedElsewhereAreIndexedOnTheNextPass() {
        ApiClient api = new ApiClient(port);
        String token = api.newUser("Remote Author");
        UUID userId = UUID.fromString(
                api.get("/api/v1/auth/me", token).json().get("id").asString());
        String word = "Osprey" + UUID.randomUUID().toString().substring(0, 6);
        StoredTemplate remote = registry.create(
                userId, "Remote Author", "osprey", metadata(word + " Studio"), "1.0.0", spec(), "First", null);
        assertThat(found(word)).isEmpty();

        catchUp.catchUp();
        assertThat(found(word)).containsExactly(remote.id());

        // A rating given on the other replica: the index learns it from the counters' change stamp.
        stats.addRating(remote.id(), 5, 1);
        assertThat(rated(word, 4.0)).isEmpty();
        catchUp.catchUp();
        assertThat(rated(word, 4.0)).containsExactly(remote.id());

        registry.unpublish(remote.id());
        catchUp.catchUp();
        assertThat(found(word)).isEmpty();
    }

    private List<UUID> rated(String text, double minRating) {
        return index.search(new SearchQuery(text, null, null, null, null, minRating, null, SearchSort.RELEVANCE, 0, 5))
                .ids();
    }

    private List<UUID> found(String text) {
        return index.search(new SearchQuery(text, null, null, null, null, null, null, SearchSort.RELEVANCE, 0, 5))
                .ids();
    }

    private static TemplateMetadata metadata(String name) {
        return new TemplateMetadata(
                name,
                "Made on another replica.",
                "audio",
                List.of("remote"),
                null,
                0,
                0,
                null,
                null,
                "# " + name,
                List.of("x86_64"),
                List.of(),
                "MIT",
                "public",
                "active",
                null,
                null);
    }

    private static TemplateLaunchSpec spec() {
        return new TemplateLaunchSpec(
                "ghcr.io/acme/remote:1.0",
                LaunchMode.entrypoint,
                List.of(),
                "",
                List.of(new PortSpec(7000, "http", "App", "/health")),
                List.of(),
                Map.of(),
                8,
                8,
                "12.1",
                30,
                AppAuth.PORTAL_TOKEN);
    }
}
