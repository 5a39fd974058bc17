package cloud.dumont.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.dumont.ApiClient;
import cloud.dumont.ApiClient.Response;
import cloud.dumont.catalog.StoredTemplate;
import cloud.dumont.catalog.TemplateRegistry;
import cloud.dumont.marketplace.MarketplaceFixtures.User;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Abuse reports: users file them once, only admins list and settle them, and settling can unpublish. */
@MarketplaceApiTest
class ReportsApiIntegrationTest {

    static final String SPAM = "{\"reason\":\"spam\",\"details\":\"Advertises a crypto miner\"}";

    @LocalServerPort
    int port;

    @Autowired
    TemplateRegistry registry;

    ApiClient api;
    MarketplaceFixtures fixtures;
    StoredTemplate template;
    String reports;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        fixtures = new MarketplaceFixtures(api, registry);
        template = fixtures.template(fixtures.signUp("Author"));
        reports = "/api/v1/marketplace/templates/" + template.id() + "/reports";
    }

    @Test
    void aUserHasOneOpenReportPerTemplate() throws Exception {
        User ada = fixtures.signUp("Ada");

        Response first = api.post(reports, SPAM, ada.token());
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("status").asString()).isEqualTo("open");
        assertThat(first.json().get("reporter").asString()).isEqualTo("Ada");
        assertThat(first.json().get("template_name").asString())
                .isEqualTo(template.metadata().name());
        Response again = api.post(reports, "{\"reason\":\"malware\"}", ada.token());
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("id").asString())
                .isEqualTo(first.json().get("id").asString());

        User bob = fixtures.signUp("Bob");
        List<Response> atOnce = ConcurrentReviewsContract.allAtOnce(8, i -> api.post(reports, SPAM, bob.token()));
        assertThat(atOnce).allSatisfy(r -> assertThat(r.status()).as(r.body()).isIn(200, 201));
        assertThat(atOnce.stream().filter(r -> r.status() == 201)).hasSize(1);
        assertThat(atOnce.stream().map(r -> r.json().get("id").asString()).distinct())
                .hasSize(1);
    }

    @Test
    void reportsNeedASignInAndAKnownReason() {
        User ada = fixtures.signUp("Ada");
        assertThat(api.post(reports, SPAM, null).status()).isEqualTo(401);
        assertThat(api.post(reports, "{\"reason\":\"boring\"}", ada.token()).status())
                .isEqualTo(400);
        StoredTemplate hidden = fixtures.template(fixtures.signUp("Other"), "private");
        assertThat(api.post("/api/v1/marketplace/templates/" + hidden.id() + "/reports", SPAM, ada.token())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void onlyAdminsListAndSettleReports() {
        User ada = fixtures.signUp("Ada");
        String reportId = api.post(reports, SPAM, ada.token()).json().get("id").asString();
        String resolve = "/api/v1/marketplace/reports/" + reportId + "/resolve";
        String dismiss = "{\"action\":\"dismiss\"}";

        Response anonymous = api.get("/api/v1/marketplace/reports");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        Response user = api.get("/api/v1/marketplace/reports", ada.token());
        assertThat(user.status()).isEqualTo(403);
        assertThat(user.contentType()).startsWith("application/problem+json");
        assertThat(api.post(resolve, dismiss, null).status()).isEqualTo(401);
        assertThat(api.post(resolve, dismiss, ada.token()).status()).isEqualTo(403);

        String admin = fixtures.admin();
        assertThat(ids(api.get("/api/v1/marketplace/reports?status=open", admin)))
                .contains(reportId);
        assertThat(api.get("/api/v1/marketplace/reports?status=closed", admin).status())
                .isEqualTo(400);
    }

    @Test
    void anAdminDismissesAReportAndTheUserMayReportAgain() {
        User ada = fixtures.signUp("Ada");
        String admin = fixtures.admin();
        String reportId = api.post(reports, SPAM, ada.token()).json().get("id").asString();

        Response dismissed = api.post(
                "/api/v1/marketplace/reports/" + reportId + "/resolve",
                "{\"action\":\"dismiss\",\"note\":\"Not spam\"}",
                admin);
        assertThat(dismissed.status()).as(dismissed.body()).isEqualTo(200);
        assertThat(dismissed.json().get("status").asString()).isEqualTo("dismissed");
        assertThat(dismissed.json().get("resolution_note").asString()).isEqualTo("Not spam");
        assertThat(dismissed.json().get("resolved_at").isNull()).isFalse();
        assertThat(ids(api.get("/api/v1/marketplace/reports?status=dismissed", admin)))
                .contains(reportId);
        assertThat(api.post("/api/v1/marketplace/reports/" + reportId + "/resolve", "{\"action\":\"unpublish\"}", admin)
                        .status())
                .isEqualTo(409);
        assertThat(registry.find(template.id()).orElseThrow().unpublishedAt()).isNull();

        assertThat(api.post(reports, SPAM, ada.token()).status()).isEqualTo(201);
    }

    @Test
    void unpublishingSettlesEveryOpenReportOfTheTemplateAndHidesIt() {
        User ada = fixtures.signUp("Ada");
        User bob = fixtures.signUp("Bob");
        String admin = fixtures.admin();
        String adas = api.post(reports, SPAM, ada.token()).json().get("id").asString();
        String bobs = api.post(reports, "{\"reason\":\"malware\"}", bob.token())
                .json()
                .get("id")
                .asString();

        Response actioned = api.post(
                "/api/v1/marketplace/reports/" + adas + "/resolve",
                "{\"action\":\"unpublish\",\"note\":\"Miner confirmed\"}",
                admin);

        assertThat(actioned.status()).as(actioned.body()).isEqualTo(200);
        assertThat(actioned.json().get("status").asString()).isEqualTo("actioned");
        assertThat(registry.find(template.id()).orElseThrow().unpublishedAt()).isNotNull();
        assertThat(ids(api.get("/api/v1/marketplace/reports?status=actioned", admin)))
                .contains(adas, bobs);
        assertThat(ids(api.get("/api/v1/marketplace/reports?status=open", admin)))
                .doesNotContain(adas, bobs);
        assertThat(api.get("/api/v1/marketplace/templates/" + template.id() + "/reviews", bob.token())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void officialTemplatesAreNotUnpublishedThroughReports() {
        User ada = fixtures.signUp("Ada");
        String reportId = api.post("/api/v1/marketplace/templates/comfy-ui/reports", SPAM, ada.token())
                .json()
                .get("id")
                .asString();

        Response refused = api.post(
                "/api/v1/marketplace/reports/" + reportId + "/resolve", "{\"action\":\"unpublish\"}", fixtures.admin());

        assertThat(refused.status()).isEqualTo(409);
        assertThat(registry.findOfficial("comfy-ui").orElseThrow().unpublishedAt())
                .isNull();
        assertThat(ids(api.get("/api/v1/marketplace/reports?status=open", fixtures.admin())))
                .contains(reportId);
    }

    private static List<String> ids(Response list) {
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        JsonNode items = list.json();
        return items.valueStream().map(r -> r.get("id").asString()).toList();
    }
}
