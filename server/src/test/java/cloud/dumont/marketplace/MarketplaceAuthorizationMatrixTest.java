package cloud.dumont.marketplace;

import static cloud.dumont.marketplace.MarketplaceTemplates.publish;
import static cloud.dumont.marketplace.MarketplaceTemplates.spec;
import static org.assertj.core.api.Assertions.assertThat;

import cloud.dumont.ApiClient;
import cloud.dumont.ApiClient.Response;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every marketplace endpoint called by an anonymous client, another user, the template's author and an admin, with the
 * status each must get. Private templates answer 404 to whoever may not see them, never 403. Each call that changes
 * state gets fresh targets, so one caller's success cannot decide another's answer.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"dumont.deployments.max-per-user=50"})
@ActiveProfiles("test")
class MarketplaceAuthorizationMatrixTest {

    private static final String M = "/api/v1/marketplace";

    enum Caller {
        ANONYMOUS,
        OTHER,
        AUTHOR,
        ADMIN
    }

    /** One endpoint: how to call it (a target is made fresh for each caller) and the four expected statuses. */
    record Row(String name, String method, Supplier<String> path, String body, int... expected) {}

    @LocalServerPort
    int port;

    ApiClient api;
    String author;
    String other;
    String admin;
    String listed;
    String hidden;
    String othersReview;

    @BeforeEach
    void fixtures() {
        api = new ApiClient(port);
        author = api.newUser("Author");
        other = api.newUser("Other");
        admin = api.login("admin@dumont.local", "dumont-admin");
        listed = template("");
        hidden = template(", \"visibility\": \"private\"");
        othersReview = review(listed, other);
    }

    @Test
    void everyEndpointAnswersEachCallerAsItShould() {
        List<Row> rows = List.of(
                new Row("browse", "GET", () -> M + "/templates", null, 200, 200, 200, 200),
                new Row("detail", "GET", () -> M + "/templates/" + listed, null, 200, 200, 200, 200),
                new Row("private detail", "GET", () -> M + "/templates/" + hidden, null, 404, 404, 200, 200),
                new Row("publish", "POST", () -> M + "/templates", null, 401, 201, 201, 201),
                new Row(
                        "update",
                        "PUT",
                        () -> M + "/templates/" + listed,
                        "{\"description\": \"Still transcribes audio well.\"}",
                        401,
                        403,
                        200,
                        200),
                new Row(
                        "update private",
                        "PUT",
                        () -> M + "/templates/" + hidden,
                        "{\"description\": \"Still transcribes audio well.\"}",
                        401,
                        404,
                        200,
                        200),
                new Row("unpublish", "DELETE", () -> M + "/templates/" + template(""), null, 401, 403, 204, 204),
                new Row("versions", "GET", () -> M + "/templates/" + listed + "/versions", null, 200, 200, 200, 200),
                new Row(
                        "private versions",
                        "GET",
                        () -> M + "/templates/" + hidden + "/versions",
                        null,
                        404,
                        404,
                        200,
                        200),
                new Row(
                        "yank",
                        "POST",
                        () -> M + "/templates/" + twoVersions() + "/versions/1.1.0/yank",
                        "",
                        401,
                        403,
                        200,
                        200),
                new Row("fork", "POST", () -> M + "/templates/" + listed + "/fork", null, 401, 201, 201, 201),
                new Row("fork private", "POST", () -> M + "/templates/" + hidden + "/fork", null, 401, 404, 201, 201),
                new Row("analytics", "GET", () -> M + "/templates/" + listed + "/analytics", null, 200, 200, 200, 200),
                new Row(
                        "private analytics",
                        "GET",
                        () -> M + "/templates/" + hidden + "/analytics",
                        null,
                        404,
                        404,
                        200,
                        200),
                new Row("categories", "GET", () -> M + "/categories", null, 200, 200, 200, 200),
                new Row("featured", "GET", () -> M + "/featured", null, 200, 200, 200, 200),
                new Row("trending", "GET", () -> M + "/trending", null, 200, 200, 200, 200),
                new Row("my templates", "GET", () -> M + "/mine", null, 401, 200, 200, 200),
                new Row(
                        "review",
                        "POST",
                        () -> M + "/templates/" + template("") + "/reviews",
                        "{\"rating\": 4, \"title\": \"Good\"}",
                        401,
                        201,
                        403,
                        201),
                new Row(
                        "review private",
                        "POST",
                        () -> M + "/templates/" + hidden + "/reviews",
                        "{\"rating\": 4, \"title\": \"Good\"}",
                        401,
                        404,
                        403,
                        201),
                new Row("reviews", "GET", () -> M + "/templates/" + listed + "/reviews", null, 200, 200, 200, 200),
                new Row(
                        "private reviews",
                        "GET",
                        () -> M + "/templates/" + hidden + "/reviews",
                        null,
                        404,
                        404,
                        200,
                        200),
                new Row("helpful", "POST", () -> M + "/reviews/" + othersReview + "/helpful", "", 401, 409, 201, 201),
                new Row(
                        "unhelpful",
                        "DELETE",
                        () -> M + "/reviews/" + othersReview + "/helpful",
                        null,
                        401,
                        200,
                        200,
                        200),
                new Row(
                        "report",
                        "POST",
                        () -> M + "/templates/" + listed + "/reports",
                        "{\"reason\": \"spam\"}",
                        401,
                        201,
                        201,
                        201),
                new Row(
                        "report private",
                        "POST",
                        () -> M + "/templates/" + hidden + "/reports",
                        "{\"reason\": \"spam\"}",
                        401,
                        404,
                        201,
                        201),
                new Row("reports", "GET", () -> M + "/reports", null, 401, 403, 403, 200),
                new Row(
                        "resolve report",
                        "POST",
                        () -> M + "/reports/" + report() + "/resolve",
                        "{\"action\": \"dismiss\"}",
                        401,
                        403,
                        403,
                        200),
                new Row("feature", "POST", () -> M + "/featured", null, 401, 403, 403, 201),
                new Row("unfeature", "DELETE", () -> M + "/featured/" + listed, null, 401, 403, 403, 204),
                new Row(
                        "deploy private",
                        "POST",
                        () -> "/api/v1/templates/" + hidden + "/deploy",
                        "{}",
                        401,
                        404,
                        201,
                        201));

        List<String> mismatches = new ArrayList<>();
        for (Row row : rows) {
            for (Caller caller : Caller.values()) {
                int expected = row.expected()[caller.ordinal()];
                Response response = call(row, caller);
                if (response.status() != expected) {
                    mismatches.add(row.name() + " as " + caller + ": expected " + expected + ", got "
                            + response.status() + " " + response.body());
                }
                if (response.status() >= 400) {
                    assertThat(response.contentType())
                            .as(row.name() + " as " + caller)
                            .startsWith("application/problem+json");
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    private Response call(Row row, Caller caller) {
        String token =
                switch (caller) {
                    case ANONYMOUS -> null;
                    case OTHER -> other;
                    case AUTHOR -> author;
                    case ADMIN -> admin;
                };
        String body = row.body() != null ? row.body() : defaultBody(row.name(), caller);
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + row.path().get()));
        switch (row.method()) {
            case "GET" -> request.GET();
            case "DELETE" -> request.DELETE();
            default ->
                request.header("Content-Type", "application/json")
                        .method(row.method(), HttpRequest.BodyPublishers.ofString(body == null ? "" : body));
        }
        return api.send(request, token);
    }

    /** Bodies that must differ per caller (slugs are unique per author). */
    private String defaultBody(String row, Caller caller) {
        String slug = "t-" + caller.name().toLowerCase() + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        return switch (row) {
            case "publish" -> publish(slug, "Matrix " + slug);
            case "fork", "fork private" -> "{\"slug\": \"" + slug + "\"}";
            case "feature" -> "{\"template_id\": \"" + listed + "\"}";
            default -> null;
        };
    }

    private String template(String extra) {
        String slug = "m-" + UUID.randomUUID().toString().substring(0, 8);
        Response r = api.post(M + "/templates", publish(slug, "Matrix " + slug, "\"matrix\"", extra), author);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    private String twoVersions() {
        String id = template("");
        Response r = api.put(
                M + "/templates/" + id,
                "{\"changelog\": \"next\", \"spec\": " + spec("ghcr.io/acme/whisper-server:1.9", 7000) + "}",
                author);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return id;
    }

    private String review(String templateId, String token) {
        Response r =
                api.post(M + "/templates/" + templateId + "/reviews", "{\"rating\": 5, \"title\": \"Great\"}", token);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    private String report() {
        Response r = api.post(M + "/templates/" + template("") + "/reports", "{\"reason\": \"broken\"}", other);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }
}
