package cloud.dumont.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.dumont.ApiClient;
import cloud.dumont.ApiClient.Response;
import cloud.dumont.catalog.StoredTemplate;
import cloud.dumont.catalog.TemplateRegistry;
import cloud.dumont.marketplace.MarketplaceFixtures.User;
import cloud.dumont.marketplace.internal.Featured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Admins choose the featured templates, among listed ones only. */
@MarketplaceApiTest
class FeaturedApiIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    TemplateRegistry registry;

    @Autowired
    Featured featured;

    ApiClient api;
    MarketplaceFixtures fixtures;
    User author;
    String admin;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        fixtures = new MarketplaceFixtures(api, registry);
        author = fixtures.signUp("Author");
        admin = fixtures.admin();
    }

    @Test
    void onlyAdminsFeature() {
        StoredTemplate template = fixtures.template(author);
        String body = feature(template, 0);

        assertThat(api.post("/api/v1/marketplace/featured", body, null).status())
                .isEqualTo(401);
        Response byAuthor = api.post("/api/v1/marketplace/featured", body, author.token());
        assertThat(byAuthor.status()).isEqualTo(403);
        assertThat(byAuthor.contentType()).startsWith("application/problem+json");
        assertThat(api.delete("/api/v1/marketplace/featured/" + template.id(), author.token())
                        .status())
                .isEqualTo(403);
        assertThat(api.delete("/api/v1/marketplace/featured/" + template.id(), null)
                        .status())
                .isEqualTo(401);
        assertThat(featured.featuredIds()).doesNotContain(template.id());
    }

    @Test
    void adminsFeatureListedTemplatesInTheirOrderAndUnfeatureThem() {
        StoredTemplate first = fixtures.template(author);
        StoredTemplate second = fixtures.template(author);

        Response created = api.post("/api/v1/marketplace/featured", feature(second, 1), admin);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(api.post("/api/v1/marketplace/featured", feature(first, 0), admin)
                        .status())
                .isEqualTo(201);
        assertThat(featured.featuredIds()).containsSubsequence(first.id(), second.id());

        Response moved = api.post("/api/v1/marketplace/featured", feature(first, 2), admin);
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().get("position").asInt()).isEqualTo(2);
        assertThat(featured.featuredIds()).containsSubsequence(second.id(), first.id());

        assertThat(api.delete("/api/v1/marketplace/featured/" + first.id(), admin)
                        .status())
                .isEqualTo(204);
        assertThat(api.delete("/api/v1/marketplace/featured/" + first.id(), admin)
                        .status())
                .isEqualTo(204);
        assertThat(featured.featuredIds()).doesNotContain(first.id()).contains(second.id());
    }

    @Test
    void withoutAPositionANewEntryGoesLast() {
        StoredTemplate template = fixtures.template(author);
        Response created =
                api.post("/api/v1/marketplace/featured", "{\"template_id\":\"" + template.id() + "\"}", admin);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(featured.featuredIds().getLast()).isEqualTo(template.id());
    }

    @Test
    void onlyListedTemplatesMayBeFeatured() {
        StoredTemplate unlisted = fixtures.template(author, "unlisted");
        StoredTemplate hidden = fixtures.template(author, "private");
        StoredTemplate gone = fixtures.template(author);
        registry.unpublish(gone.id());

        assertThat(api.post("/api/v1/marketplace/featured", feature(unlisted, 0), admin)
                        .status())
                .isEqualTo(409);
        assertThat(api.post("/api/v1/marketplace/featured", feature(hidden, 0), admin)
                        .status())
                .isEqualTo(409);
        assertThat(api.post("/api/v1/marketplace/featured", feature(gone, 0), admin)
                        .status())
                .isEqualTo(409);
        assertThat(api.post(
                                "/api/v1/marketplace/featured",
                                "{\"template_id\":\"00000000-0000-0000-0000-000000000001\",\"position\":0}",
                                admin)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aFeaturedTemplateThatIsUnpublishedLaterDropsOut() {
        StoredTemplate template = fixtures.template(author);
        api.post("/api/v1/marketplace/featured", feature(template, 5), admin);
        assertThat(featured.featuredIds()).contains(template.id());

        registry.unpublish(template.id());

        assertThat(featured.featuredIds()).doesNotContain(template.id());
    }

    private static String feature(StoredTemplate template, int position) {
        return "{\"template_id\":\"" + template.id() + "\",\"position\":" + position + "}";
    }
}
