package cloud.dumont.marketplace;

import static cloud.dumont.marketplace.MarketplaceFixtures.review;
import static org.assertj.core.api.Assertions.assertThat;

import cloud.dumont.ApiClient;
import cloud.dumont.ApiClient.Response;
import cloud.dumont.catalog.StoredTemplate;
import cloud.dumont.catalog.TemplateRegistry;
import cloud.dumont.marketplace.MarketplaceFixtures.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Reviews and helpful votes as clients see them: status codes, the rating they add up to, who may do what. */
@MarketplaceApiTest
class ReviewsApiIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    TemplateRegistry registry;

    ApiClient api;
    MarketplaceFixtures fixtures;
    User author;
    StoredTemplate template;
    String reviews;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        fixtures = new MarketplaceFixtures(api, registry);
        author = fixtures.signUp("Author");
        template = fixtures.template(author);
        reviews = "/api/v1/marketplace/templates/" + template.id() + "/reviews";
    }

    @Test
    void aReviewIsCreatedThenEditedAndTheRatingFollowsExactly() {
        User ada = fixtures.signUp("Ada");
        User bob = fixtures.signUp("Bob");

        Response created = api.post(reviews, review(5, "Great"), ada.token());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("reviewer").asString()).isEqualTo("Ada");
        assertThat(created.json().get("mine").asBoolean()).isTrue();
        assertThat(created.json().get("use_case").asString()).isEqualTo("testing");
        assertThat(api.post(reviews, review(2, "Meh"), bob.token()).status()).isEqualTo(201);
        assertThat(rating(null)).isEqualTo("3.5/2");

        Response edited = api.post(reviews, review(4, "Good, on second thought"), ada.token());
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().get("id").asString())
                .isEqualTo(created.json().get("id").asString());
        assertThat(edited.json().get("title").asString()).isEqualTo("Good, on second thought");
        assertThat(rating(null)).isEqualTo("3.0/2");

        JsonNode page = api.get(reviews + "?sort=recent", ada.token()).json();
        assertThat(page.get("total").asLong()).isEqualTo(2);
        assertThat(page.get("items").get(0).get("reviewer").asString()).isEqualTo("Ada");
        assertThat(page.get("items").get(0).get("mine").asBoolean()).isTrue();
        assertThat(page.get("items").get(1).get("mine").asBoolean()).isFalse();
        assertThat(api.get(reviews + "/mine", bob.token()).json().get("title").asString())
                .isEqualTo("Meh");
    }

    @Test
    void deletingYourReviewTakesItsRatingOut() {
        User ada = fixtures.signUp("Ada");
        User bob = fixtures.signUp("Bob");
        api.post(reviews, review(5, "Great"), ada.token());
        api.post(reviews, review(1, "Broken"), bob.token());

        assertThat(api.delete(reviews + "/mine", bob.token()).status()).isEqualTo(204);

        assertThat(rating(null)).isEqualTo("5.0/1");
        assertThat(api.delete(reviews + "/mine", bob.token()).status()).isEqualTo(404);
        assertThat(api.get(reviews + "/mine", bob.token()).status()).isEqualTo(204);
        assertThat(api.delete(reviews + "/mine", ada.token()).status()).isEqualTo(204);
        JsonNode empty = api.get(reviews).json();
        assertThat(empty.get("rating").get("average").isNull()).isTrue();
        assertThat(empty.get("rating").get("count").asInt()).isZero();
        assertThat(empty.get("total").asLong()).isZero();
    }

    @Test
    void helpfulVotesCountOncePerUserAndNeverTheAuthorsOwn() {
        User ada = fixtures.signUp("Ada");
        User bob = fixtures.signUp("Bob");
        User cid = fixtures.signUp("Cid");
        String reviewId = api.post(reviews, review(4, "Solid"), ada.token())
                .json()
                .get("id")
                .asString();
        String helpful = "/api/v1/marketplace/reviews/" + reviewId + "/helpful";

        Response first = api.post(helpful, "", bob.token());
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("helpful_votes").asInt()).isEqualTo(1);
        assertThat(first.json().get("voted_helpful").asBoolean()).isTrue();
        Response repeat = api.post(helpful, "", bob.token());
        assertThat(repeat.status()).isEqualTo(200);
        assertThat(repeat.json().get("helpful_votes").asInt()).isEqualTo(1);
        assertThat(api.post(helpful, "", cid.token())
                        .json()
                        .get("helpful_votes")
                        .asInt())
                .isEqualTo(2);

        Response own = api.post(helpful, "", ada.token());
        assertThat(own.status()).isEqualTo(409);
        assertThat(own.contentType()).startsWith("application/problem+json");

        JsonNode seenByBob = api.get(reviews, bob.token()).json().get("items").get(0);
        assertThat(seenByBob.get("helpful_votes").asInt()).isEqualTo(2);
        assertThat(seenByBob.get("voted_helpful").asBoolean()).isTrue();
        assertThat(api.get(reviews)
                        .json()
                        .get("items")
                        .get(0)
                        .get("voted_helpful")
                        .asBoolean())
                .isFalse();

        Response withdrawn = api.delete(helpful, bob.token());
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.json().get("helpful_votes").asInt()).isEqualTo(1);
        assertThat(withdrawn.json().get("voted_helpful").asBoolean()).isFalse();
        assertThat(api.delete(helpful, bob.token()).json().get("helpful_votes").asInt())
                .isEqualTo(1);
        assertThat(api.post(helpful, "", null).status()).isEqualTo(401);
    }

    @Test
    void theMostHelpfulReviewComesFirst() {
        User ada = fixtures.signUp("Ada");
        User bob = fixtures.signUp("Bob");
        User cid = fixtures.signUp("Cid");
        api.post(reviews, review(3, "First"), ada.token());
        String second = api.post(reviews, review(4, "Second"), bob.token())
                .json()
                .get("id")
                .asString();
        api.post("/api/v1/marketplace/reviews/" + second + "/helpful", "", cid.token());

        JsonNode helpfulFirst = api.get(reviews + "?sort=helpful").json().get("items");
        assertThat(helpfulFirst.get(0).get("title").asString()).isEqualTo("Second");
        JsonNode paged = api.get(reviews + "?size=1&page=1").json();
        assertThat(paged.get("items").size()).isEqualTo(1);
        assertThat(paged.get("items").get(0).get("title").asString()).isEqualTo("First");
        assertThat(paged.get("total").asLong()).isEqualTo(2);
        assertThat(api.get(reviews + "?sort=best").status()).isEqualTo(400);
        assertThat(api.get(reviews + "?size=1000").status()).isEqualTo(400);
    }

    @Test
    void reviewsNeedASignInAndAValidBodyAndAuthorsCannotReviewTheirOwn() {
        User ada = fixtures.signUp("Ada");
        assertThat(api.post(reviews, review(5, "Great"), null).status()).isEqualTo(401);
        assertThat(api.get(reviews + "/mine").status()).isEqualTo(401);
        assertThat(api.delete(reviews + "/mine", null).status()).isEqualTo(401);
        assertThat(api.post(reviews, review(6, "Too good"), ada.token()).status())
                .isEqualTo(400);
        assertThat(api.post(reviews, "{\"rating\":3}", ada.token()).status()).isEqualTo(400);

        Response own = api.post(reviews, review(5, "Mine is great"), author.token());
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.contentType()).startsWith("application/problem+json");
        assertThat(rating(null)).isEqualTo("null/0");
    }

    @Test
    void privateTemplatesAre404AndUnpublishedOnesTakeNoReviews() {
        User ada = fixtures.signUp("Ada");
        StoredTemplate secret = fixtures.template(author, "private");
        String secretReviews = "/api/v1/marketplace/templates/" + secret.id() + "/reviews";
        assertThat(api.get(secretReviews).status()).isEqualTo(404);
        assertThat(api.post(secretReviews, review(5, "Found it"), ada.token()).status())
                .isEqualTo(404);

        registry.unpublish(template.id());
        assertThat(api.post(reviews, review(5, "Late"), ada.token()).status()).isEqualTo(404);
        Response byAdmin = api.post(reviews, review(5, "Late"), fixtures.admin());
        assertThat(byAdmin.status()).as(byAdmin.body()).isEqualTo(409);
    }

    @Test
    void aReviewBecomesVerifiedOnceItsAuthorDeploysTheTemplate() {
        User ada = fixtures.signUp("Ada");
        String official = "/api/v1/marketplace/templates/jupyter-lab/reviews";

        Response written = api.post(official, review(4, "Looks promising"), ada.token());
        assertThat(written.status()).as(written.body()).isEqualTo(201);
        assertThat(written.json().get("verified_usage").asBoolean()).isFalse();

        Response deployed = api.post("/api/v1/templates/jupyter-lab/deploy", "{}", ada.token());
        assertThat(deployed.status()).as(deployed.body()).isEqualTo(201);

        JsonNode mine = api.get(official + "/mine", ada.token()).json();
        assertThat(mine.get("verified_usage").asBoolean()).isTrue();
        assertThat(mine.get("template_id").asString())
                .isEqualTo(
                        registry.findOfficial("jupyter-lab").orElseThrow().id().toString());
    }

    /** The template's rating as "average/count" from its public review page. */
    private String rating(String token) {
        JsonNode rating = api.get(reviews, token).json().get("rating");
        JsonNode average = rating.get("average");
        return (average.isNull() ? "null" : average.asString()) + "/"
                + rating.get("count").asInt();
    }
}
