package cloud.dumont.marketplace;

import static cloud.dumont.marketplace.MarketplaceTemplates.publish;
import static cloud.dumont.marketplace.MarketplaceTemplates.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cloud.dumont.ApiClient;
import cloud.dumont.ApiClient.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * The marketplace over HTTP with the deployment engine running on the in-process simulator: publishing and its
 * pipeline, immutable versions, yank, forks, unpublish, visibility, deploying a community template and the usage it
 * records.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "dumont.vast.simulator.boot-time-min=1s",
            "dumont.vast.simulator.boot-time-max=2s",
            "dumont.deployments.poll-interval=300ms",
            "dumont.deployments.max-per-user=50"
        })
@ActiveProfiles("test")
class MarketplaceApiIntegrationTest {

    private static final String BASE = "/api/v1/marketplace/templates";
    private static final Duration READY = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    ApiClient api;
    String author;
    String other;
    String admin;

    @BeforeEach
    void signIn() {
        api = new ApiClient(port);
        author = api.newUser("Ada Author");
        other = api.newUser("Otto Other");
        admin = api.login("admin@dumont.local", "dumont-admin");
    }

    @Test
    void publishStoresTheFirstVersionWithAQualityReportAndListsIt() {
        String name = "Whisper Transcriber " + unique();
        Response created = api.post(BASE, publish("whisper", name), author);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode t = created.json();
        assertThat(t.get("version").asString()).isEqualTo("1.0.0");
        assertThat(t.get("official").asBoolean()).isFalse();
        assertThat(t.get("author").get("verified").asBoolean()).isFalse();
        assertThat(t.get("quality").get("score").asInt()).isBetween(1, 100);
        assertThat(t.get("spec").get("env").get("HF_TOKEN").asString()).isEqualTo("<your-token>");

        JsonNode found = api.get(BASE + "?q=" + name.replace(" ", "+")).json();
        assertThat(found.get("items").get(0).get("id").asString())
                .isEqualTo(t.get("id").asString());
        JsonNode detail = api.get(BASE + "/" + t.get("id").asString()).json();
        assertThat(detail.get("readme").asString()).startsWith("# " + name);
    }

    @Test
    void aRejectedPublishListsEveryViolationAndStoresNothing() {
        String body =
                """
                {"slug": "Bad Slug", "name": "x", "description": "short", "category": "nope",
                 "spec": {"docker_image": "Not An Image!", "ports": [{"port": 70000}, {"port": 70000}],
                          "env": {"HF_TOKEN": "hf_realsecretvalue", "9BAD": "x"}, "volumes": ["relative/path"],
                          "gpu_min_vram": 24, "gpu_recommended_vram": 16}}""";

        Response rejected = api.post(BASE, body, author);

        assertThat(rejected.status()).isEqualTo(422);
        assertThat(rejected.contentType()).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        rejected.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields)
                .contains(
                        "slug",
                        "name",
                        "description",
                        "category",
                        "spec.docker_image",
                        "spec.ports[0].port",
                        "spec.ports[1].port",
                        "spec.env.HF_TOKEN",
                        "spec.env.9BAD",
                        "spec.volumes[0]",
                        "spec.gpu_recommended_vram");
        assertThat(rejected.body()).doesNotContain("hf_realsecretvalue");
        assertThat(api.get("/api/v1/marketplace/mine", author).json().size()).isZero();
    }

    @Test
    void aChangedSpecPublishesANewImmutableVersionAndMetadataChangesInPlace() {
        String id = created(publish("versioned", "Versioned " + unique()));

        Response metadataOnly = api.put(BASE + "/" + id, "{\"description\": \"A better description of it.\"}", author);
        assertThat(metadataOnly.status()).as(metadataOnly.body()).isEqualTo(200);
        assertThat(metadataOnly.json().get("version").asString()).isEqualTo("1.0.0");

        Response noChangelog =
                api.put(BASE + "/" + id, "{\"spec\": " + spec("ghcr.io/acme/whisper-server:1.3", 7000) + "}", author);
        assertThat(noChangelog.status()).isEqualTo(422);

        Response updated = api.put(
                BASE + "/" + id,
                "{\"changelog\": \"Whisper 1.3\", \"spec\": " + spec("ghcr.io/acme/whisper-server:1.3", 7000) + "}",
                author);
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().get("version").asString()).isEqualTo("1.1.0");

        Response reused = api.put(
                BASE + "/" + id,
                "{\"version\": \"1.1.0\", \"changelog\": \"again\", \"spec\": "
                        + spec("ghcr.io/acme/whisper-server:1.4", 7000) + "}",
                author);
        assertThat(reused.status()).isEqualTo(409);

        JsonNode versions = api.get(BASE + "/" + id + "/versions").json();
        assertThat(versions.size()).isEqualTo(2);
        assertThat(versions.get(0).get("version").asString()).isEqualTo("1.1.0");
        assertThat(versions.get(0).get("latest").asBoolean()).isTrue();
        assertThat(versions.get(1).get("spec").get("docker_image").asString())
                .isEqualTo("ghcr.io/acme/whisper-server:1.2");
        assertThat(versions.get(1).get("quality").get("score").isNumber()).isTrue();
    }

    @Test
    void yankingTheLatestFallsBackToTheNewestLeftAndAYankedVersionCannotBeDeployed() {
        String id = created(publish("yankable", "Yankable " + unique()));
        api.put(
                BASE + "/" + id,
                "{\"changelog\": \"broken build\", \"spec\": " + spec("ghcr.io/acme/whisper-server:2.0", 7000) + "}",
                author);

        assertThat(api.post(BASE + "/" + id + "/versions/1.1.0/yank", "", other).status())
                .isEqualTo(403);
        Response yanked = api.post(BASE + "/" + id + "/versions/1.1.0/yank", "", author);
        assertThat(yanked.status()).as(yanked.body()).isEqualTo(200);
        assertThat(yanked.json().get(0).get("yanked").asBoolean()).isTrue();
        assertThat(api.get(BASE + "/" + id).json().get("version").asString()).isEqualTo("1.0.0");

        Response deployYanked = api.post("/api/v1/templates/" + id + "/deploy", "{\"version\": \"1.1.0\"}", other);
        assertThat(deployYanked.status()).isEqualTo(409);
        assertThat(api.post(BASE + "/" + id + "/versions/1.0.0/yank", "", author)
                        .status())
                .isEqualTo(409);
    }

    @Test
    void aForkCopiesTheVersionIntoTheCallersNamespaceWithItsLineage() {
        String id = created(publish("forkme", "Fork Me " + unique()));

        Response fork = api.post(BASE + "/" + id + "/fork", "{\"slug\": \"my-fork\", \"name\": \"My Fork\"}", other);

        assertThat(fork.status()).as(fork.body()).isEqualTo(201);
        JsonNode f = fork.json();
        assertThat(f.get("id").asString()).isNotEqualTo(id);
        assertThat(f.get("author").get("name").asString()).isEqualTo("Otto Other");
        assertThat(f.get("forked_from").get("template_id").asString()).isEqualTo(id);
        assertThat(f.get("forked_from").get("version").asString()).isEqualTo("1.0.0");
        assertThat(f.get("spec").get("docker_image").asString()).isEqualTo("ghcr.io/acme/whisper-server:1.2");
        Response taken = api.post(BASE + "/" + id + "/fork", "{\"slug\": \"my-fork\"}", other);
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().get("errors").get(0).get("field").asString()).isEqualTo("slug");
        assertThat(api.put(BASE + "/" + f.get("id").asString(), "{\"name\": \"Mine now\"}", author)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void privateTemplatesDoNotExistForOthers() {
        String name = "Secret Lab " + unique();
        String id = created(publish("secret-lab", name, "\"lab\"", ", \"visibility\": \"private\""));

        assertThat(api.get(BASE + "/" + id).status()).isEqualTo(404);
        assertThat(api.get(BASE + "/" + id, other).status()).isEqualTo(404);
        assertThat(api.put(BASE + "/" + id, "{\"name\": \"x\"}", other).status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/templates/" + id + "/deploy", "{}", other).status())
                .isEqualTo(404);
        assertThat(api.get(BASE + "/" + id, author).status()).isEqualTo(200);
        assertThat(api.get(BASE + "/" + id, admin).status()).isEqualTo(200);
        assertThat(api.get(BASE + "?q=" + name.replace(" ", "+"))
                        .json()
                        .get("items")
                        .findValuesAsString("id"))
                .doesNotContain(id);
    }

    @Test
    void aCommunityTemplateDeploysThroughTheSameEngineAndItsLaunchFeedsAnalytics() {
        String name = "Deployable " + unique();
        String id = created(publish("deployable", name));

        Response deployed = api.post("/api/v1/templates/" + id + "/deploy", "{}", other);
        assertThat(deployed.status()).as(deployed.body()).isEqualTo(201);
        JsonNode d = deployed.json();
        assertThat(d.get("template_id").asString()).isEqualTo(id);
        assertThat(d.get("template_version").asString()).isEqualTo("1.0.0");
        String deploymentId = d.get("id").asString();
        awaitStatus(deploymentId, other, "running");

        JsonNode analytics = api.get(BASE + "/" + id + "/analytics").json();
        assertThat(analytics.get("launches").asLong()).isEqualTo(1);
        assertThat(analytics.get("ready").asLong()).isEqualTo(1);
        assertThat(analytics.get("success_rate").asDouble()).isEqualTo(1.0);
        assertThat(analytics.get("median_seconds_to_ready").asDouble()).isPositive();
        assertThat(analytics.get("daily").size()).isEqualTo(30);
        assertThat(analytics.get("daily").get(29).get("launches").asLong()).isEqualTo(1);
        assertThat(analytics.get("trending_score").asDouble()).isPositive();
        assertThat(api.get(BASE + "/" + id).json().get("launches").asLong()).isEqualTo(1);

        // Unpublishing hides it and takes no new deployments, but the running one goes on.
        assertThat(api.delete(BASE + "/" + id, other).status()).isEqualTo(403);
        assertThat(api.delete(BASE + "/" + id, author).status()).isEqualTo(204);
        assertThat(api.get(BASE + "/" + id, other).status()).isEqualTo(404);
        assertThat(api.get(BASE + "?q=" + name.replace(" ", "+"))
                        .json()
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(api.post("/api/v1/templates/" + id + "/deploy", "{}", author).status())
                .isEqualTo(409);
        assertThat(api.get("/api/v1/deployments/" + deploymentId, other)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("running");
        assertThat(api.get("/api/v1/marketplace/mine", author).body()).contains(id);
    }

    @Test
    void aDeploymentBecomesATemplateWithoutTheUsersEnvironmentValues() {
        Response deployed = api.post(
                "/api/v1/templates/jupyter-lab/deploy", "{\"env\": {\"MY_API_KEY\": \"sk-users-own-value\"}}", other);
        assertThat(deployed.status()).as(deployed.body()).isEqualTo(201);
        String deploymentId = deployed.json().get("id").asString();

        Response published = api.post(
                BASE,
                """
                {"slug": "my-lab", "name": "My Lab Setup", "description": "JupyterLab as I run it for my course.",
                 "category": "development", "from_deployment": "%s"}"""
                        .formatted(deploymentId),
                other);

        assertThat(published.status()).as(published.body()).isEqualTo(201);
        JsonNode spec = published.json().get("spec");
        assertThat(spec.get("docker_image").asString()).contains("jupyter");
        assertThat(spec.get("env").get("MY_API_KEY").asString()).isEmpty();
        assertThat(published.body()).doesNotContain("sk-users-own-value");
        assertThat(api.post(
                                BASE,
                                """
                        {"slug": "stolen", "name": "Not mine", "description": "Somebody else's deployment.",
                         "category": "development", "from_deployment": "%s"}"""
                                        .formatted(deploymentId),
                                author)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void officialTemplatesAreListedWithAVerifiedAuthorAndCannotBeEditedThroughTheApi() {
        JsonNode official = api.get(BASE + "?official=true&size=10").json();
        assertThat(official.get("total").asLong()).as(official.toString()).isEqualTo(4);
        official.get("items")
                .forEach(t ->
                        assertThat(t.get("author").get("verified").asBoolean()).isTrue());
        assertThat(api.get(BASE + "/jupyter-lab")
                        .json()
                        .get("author")
                        .get("handle")
                        .asString())
                .isEqualTo("dumont");
        assertThat(api.put(BASE + "/jupyter-lab", "{\"name\": \"Mine\"}", admin).status())
                .isEqualTo(403);
    }

    @Test
    void searchRanksAnExactNameFirstFindsTagsAndForgivesTypos() {
        String word = "zq" + unique().substring(0, 6);
        String exact = created(publish("exact-" + word, "Kestrel " + word));
        created(publish("mention-" + word, "Other Thing " + word, "\"kestrel-tools\"", ""));
        String tagged = created(publish("tagged-" + word, "Tagged " + word, "\"falconry\"", ""));

        JsonNode byName = api.get(BASE + "?q=Kestrel+" + word).json();
        assertThat(byName.get("items").get(0).get("id").asString()).isEqualTo(exact);
        JsonNode byTag = api.get(BASE + "?tag=falconry&q=" + word).json();
        assertThat(byTag.get("items").get(0).get("id").asString()).isEqualTo(tagged);
        JsonNode typo = api.get(BASE + "?q=Kestral").json();
        assertThat(typo.get("items").findValuesAsString("id")).contains(exact);
        JsonNode facets = api.get(BASE + "?q=" + word).json().get("facets");
        assertThat(facets.get("category").get(0).get("value").asString()).isEqualTo("audio");
        assertThat(facets.get("category").get(0).get("count").asLong()).isEqualTo(3);
    }

    @Test
    void badBrowseParametersAreProblemsNamedAsSent() {
        Response bad = api.get(BASE + "?min_rating=9&sort=random");
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.body()).as(bad.body()).contains("min_rating").contains("sort");
    }

    private String created(String body) {
        Response r = api.post(BASE, body, author);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    private void awaitStatus(String deploymentId, String token, String status) {
        await().atMost(READY).pollInterval(Duration.ofMillis(200)).until(() -> api.get(
                        "/api/v1/deployments/" + deploymentId, token)
                .json()
                .get("status")
                .asString()
                .equals(status));
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
