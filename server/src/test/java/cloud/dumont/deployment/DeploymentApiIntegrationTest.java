package cloud.dumont.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cloud.dumont.ApiClient;
import cloud.dumont.ApiClient.Response;
import cloud.dumont.deployment.internal.OfferAlerts;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * The deployment API over HTTP with the reconcile loop running against the in-process simulator (boots of one to two
 * seconds), as a client sees it: status codes, problem details, who sees secrets, the SSE stream and the seed's
 * aliases.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "dumont.vast.simulator.boot-time-min=1s",
            "dumont.vast.simulator.boot-time-max=2s",
            "dumont.deployments.poll-interval=300ms",
            "dumont.deployments.deploy-wait=3s",
            "dumont.deployments.max-per-user=50"
        })
@ActiveProfiles("test")
class DeploymentApiIntegrationTest {

    private static final Duration READY = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    OfferAlerts alerts;

    ApiClient api;
    String admin;
    String user;

    @BeforeEach
    void signIn() {
        api = new ApiClient(port);
        admin = api.login("admin@dumont.local", "dumont-admin");
        String email = "u" + UUID.randomUUID() + "@test.local";
        Response signup = api.post(
                "/api/v1/auth/signup",
                "{\"email\":\"" + email + "\",\"password\":\"correct-horse-9\",\"display_name\":\"U\"}");
        assertThat(signup.status()).as(signup.body()).isEqualTo(201);
        user = api.login(email, "correct-horse-9");
    }

    @Test
    void deployAnswers201WithTheOrderedInstanceAndReachesRunningWithAOneClickLink() {
        Response created = api.post("/api/v1/templates/jupyter-lab/deploy", "{}", user);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode d = created.json();
        assertThat(d.get("instance_id").isNumber()).isTrue();
        assertThat(d.get("simulated").asBoolean()).isTrue();
        String id = d.get("id").asString();

        JsonNode running = awaitStatus(id, "running");
        String url = running.get("endpoints").get(0).get("url").asString();
        String secret = running.get("credentials").get("secret").asString();
        assertThat(url).startsWith("http://127.0.0.1:").endsWith("/lab?token=" + secret);
        assertThat(new ApiClient(URI.create(url).getPort())
                        .get("/lab?token=" + secret)
                        .body())
                .contains("SIMULATED JupyterLab");
        assertThat(running.get("phases").get("running").isNull()).isFalse();
    }

    @Test
    void anAdminSeesEveryDeploymentButNeverItsSecret() {
        String id = api.post("/api/v1/templates/jupyter-lab/deploy", "{}", user)
                .json()
                .get("id")
                .asString();
        awaitStatus(id, "running");

        JsonNode seenByAdmin = api.get("/api/v1/deployments/" + id, admin).json();
        assertThat(seenByAdmin.get("credentials").isNull()).isTrue();
        assertThat(seenByAdmin.get("endpoints").get(0).get("url").asString()).doesNotContain("token");
        assertThat(api.get("/api/v1/deployments", admin).body()).contains(id);

        String otherEmail = "o" + UUID.randomUUID() + "@test.local";
        api.post(
                "/api/v1/auth/signup",
                "{\"email\":\"" + otherEmail + "\",\"password\":\"correct-horse-9\",\"display_name\":\"O\"}");
        String other = api.login(otherEmail, "correct-horse-9");
        assertThat(api.get("/api/v1/deployments/" + id, other).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/deployments", other).body()).doesNotContain(id);
    }

    @Test
    void aHuggingFaceTokenIsAcceptedButNeverReturnedNorWrittenToEvents() {
        Response created =
                api.post("/api/v1/templates/vllm/deploy", "{\"env\":{\"HF_TOKEN\":\"hf_secretvalue123\"}}", user);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        awaitStatus(id, "running");

        assertThat(api.get("/api/v1/deployments/" + id, user).body()).doesNotContain("hf_secretvalue123");
        Response events = api.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/deployments/" + id + "/events"))
                        .header("Accept", "application/json"),
                user);
        assertThat(events.status()).isEqualTo(200);
        assertThat(events.body()).contains("running").doesNotContain("hf_secretvalue123");
    }

    @Test
    void badRequestsGetProblemDetailsAndStoreNothing() {
        int before = api.get("/api/v1/deployments", user).json().size();

        Response tooSmall = api.post("/api/v1/templates/vllm/deploy", "{\"gpu_name\":\"RTX 3060\"}", user);
        assertThat(tooSmall.status()).isEqualTo(422);
        assertThat(tooSmall.contentType()).startsWith("application/problem+json");
        assertThat(tooSmall.json().get("detail").asString()).contains("RTX 3060 has 12 GB");

        Response tinyDisk = api.post("/api/v1/templates/jupyter-lab/deploy", "{\"disk_gb\":2}", user);
        assertThat(tinyDisk.status()).isEqualTo(400);
        assertThat(tinyDisk.contentType()).startsWith("application/problem+json");

        Response dockerFlag = api.post("/api/v1/templates/jupyter-lab/deploy", "{\"env\":{\"-p 22:22\":\"1\"}}", user);
        assertThat(dockerFlag.status()).isEqualTo(422);

        Response stolenSecret =
                api.post("/api/v1/templates/jupyter-lab/deploy", "{\"env\":{\"JUPYTER_TOKEN\":\"mine\"}}", user);
        assertThat(stolenSecret.status()).isEqualTo(422);

        assertThat(api.post("/api/v1/templates/no-such-template/deploy", "{}", user)
                        .status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/templates/jupyter-lab/deploy", "{\"offer_id\":1}", user)
                        .status())
                .isEqualTo(409);
        assertThat(api.post("/api/v1/templates/jupyter-lab/deploy", "{}", null).status())
                .isEqualTo(401);

        assertThat(api.get("/api/v1/deployments", user).json().size()).isEqualTo(before);
    }

    @Test
    void theEventStreamReplaysPastEventsThenFollowsLiveOnes() throws Exception {
        String id = api.post("/api/v1/templates/comfy-ui/deploy", "{}", user)
                .json()
                .get("id")
                .asString();

        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/deployments/" + id + "/events"))
                .header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + user)
                .build();
        HttpResponse<InputStream> stream =
                HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");

        List<String> data = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("data:")) {
                    data.add(line.substring(5));
                    if (line.contains("\"status\":\"running\"")) {
                        break;
                    }
                }
            }
        }
        assertThat(data.getFirst()).contains("\"status\":\"pending\"").contains("\"seq\":1");
        assertThat(String.join("\n", data)).contains("provisioning").contains("starting");
    }

    @Test
    void theSeedsInstanceEndpointsAreTheSameDeployments() {
        Response provisioned =
                api.post("/api/v1/instances/provision", "{\"template_slug\":\"stable-diffusion\"}", user);
        assertThat(provisioned.status()).as(provisioned.body()).isEqualTo(201);
        String id = provisioned.json().get("id").asString();
        assertThat(api.get("/api/v1/instances", user).body()).contains(id);

        Response legacy = api.post("/api/templates/jupyter-lab/deploy", "{}", user);
        assertThat(legacy.status()).isEqualTo(201);

        Response destroyed = api.post("/api/v1/instances/" + id + "/destroy", "{}", user);
        assertThat(destroyed.status()).isEqualTo(202);
        awaitStatus(id, "destroyed");
        api.delete("/api/v1/deployments/" + legacy.json().get("id").asString(), user);
    }

    @Test
    void offersFitTheTemplateBestExpectedCostFirstWithReasonsAndNotifyMeWaitsForOffersToAppear() {
        JsonNode offers = api.get("/api/v1/templates/vllm/offers?limit=30").json();
        assertThat(offers.get("offers").size()).isPositive();
        double previous = 0;
        for (JsonNode offer : offers.get("offers")) {
            assertThat(offer.get("gpu_ram_gb").asInt()).isGreaterThanOrEqualTo(16);
            assertThat(offer.get("reliability").asDouble()).isGreaterThanOrEqualTo(0.9);
            double score = offer.get("score").asDouble();
            assertThat(score).isGreaterThanOrEqualTo(previous);
            // Never below the price: the score is the price over a chance of success, with penalties on top.
            assertThat(score).isGreaterThanOrEqualTo(offer.get("price_per_hour").asDouble());
            assertThat(offer.get("rank_reasons").get(0).asString())
                    .isEqualTo(String.format(
                            java.util.Locale.ROOT,
                            "$%.3f/h",
                            offer.get("price_per_hour").asDouble()));
            previous = score;
        }

        JsonNode none =
                api.get("/api/v1/templates/vllm/offers?gpu_name=GTX%20480").json();
        assertThat(none.get("offers").isEmpty()).isTrue();
        assertThat(none.get("message").asString()).contains("No compatible GPUs available");

        Response waiting = api.post("/api/v1/templates/vllm/offer-alerts", "{\"gpu_name\":\"GTX 480\"}", user);
        Response satisfiable = api.post("/api/v1/templates/vllm/offer-alerts", "{}", user);
        assertThat(waiting.status()).isEqualTo(201);
        alerts.checkOpenAlerts();

        JsonNode mine = api.get("/api/v1/offer-alerts", user).json();
        JsonNode stillWaiting = alertWithId(mine, waiting.json().get("id").asString());
        JsonNode cameTrue = alertWithId(mine, satisfiable.json().get("id").asString());
        assertThat(stillWaiting.get("notified_at").isNull()).isTrue();
        assertThat(cameTrue.get("offers_found").asInt()).isPositive();
        assertThat(cameTrue.get("notified_at").isNull()).isFalse();
    }

    @Test
    void theOffersEndpointKeepsToARegionAndLetsUnverifiedHostsInOnlyWhenAsked() {
        JsonNode europe = api.get("/api/v1/templates/jupyter-lab/offers?region=europe&limit=50")
                .json();
        assertThat(europe.get("offers").size()).isPositive();
        for (JsonNode offer : europe.get("offers")) {
            String location = offer.get("location").asString();
            assertThat(cloud.dumont.deployment.internal.OfferRegion.europe.contains(
                            cloud.dumont.provider.CloudOffer.countryCodeOf(location)))
                    .as(location)
                    .isTrue();
            assertThat(offer.get("verified").asBoolean()).isTrue();
        }

        JsonNode any = api.get("/api/v1/templates/jupyter-lab/offers?verified_only=false&limit=100")
                .json();
        List<JsonNode> unverified = new ArrayList<>();
        any.get("offers").forEach(o -> {
            if (!o.get("verified").asBoolean()) {
                unverified.add(o);
            }
        });
        assertThat(unverified).isNotEmpty();
        assertThat(unverified.getFirst().get("rank_reasons").toString()).contains("unverified host");

        Response atlantis = api.get("/api/v1/templates/jupyter-lab/offers?region=atlantis");
        assertThat(atlantis.status()).isEqualTo(422);
        assertThat(atlantis.json().get("errors").get(0).get("field").asString()).isEqualTo("region");
    }

    @Test
    void aDeployNamingAnUnknownRegionIs422NamingTheFieldAndStoresNothing() {
        int before = api.get("/api/v1/deployments", user).json().size();

        Response bad = api.post("/api/v1/templates/jupyter-lab/deploy", "{\"region\":\"atlantis\"}", user);

        assertThat(bad.status()).as(bad.body()).isEqualTo(422);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("region");
        assertThat(api.get("/api/v1/deployments", user).json().size()).isEqualTo(before);

        Response good = api.post(
                "/api/v1/templates/jupyter-lab/deploy",
                "{\"region\":\"europe\",\"max_price_per_hour\":5,\"verified_only\":true}",
                user);
        assertThat(good.status()).as(good.body()).isEqualTo(201);
        JsonNode constraints = good.json().get("constraints");
        assertThat(constraints.get("region").asString()).isEqualTo("europe");
        assertThat(constraints.get("max_price_per_hour").asDouble()).isEqualTo(5.0);
        assertThat(constraints.get("verified_only").asBoolean()).isTrue();
        api.delete("/api/v1/deployments/" + good.json().get("id").asString(), user);
    }

    @Test
    void workingHoursAndARunLimitTravelAsSnakeCaseJsonAndBadOnesAre422NamingEachField() {
        String id = api.post("/api/v1/templates/jupyter-lab/deploy", "{}", user)
                .json()
                .get("id")
                .asString();
        String path = "/api/v1/deployments/" + id + "/hibernation";

        Response set = api.put(
                path,
                """
                {"enabled": false, "idle_threshold_pct": 5, "idle_window_seconds": 180,
                 "working_hours": {"time_zone": "Europe/Paris", "days": ["MONDAY", "FRIDAY"],
                                   "start": "09:00", "end": "19:30"},
                 "max_run_seconds": 28800}""",
                user);
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        JsonNode hours = set.json().get("hibernation").get("working_hours");
        assertThat(hours.get("time_zone").asString()).isEqualTo("Europe/Paris");
        assertThat(hours.get("days").toString()).isEqualTo("[\"MONDAY\",\"FRIDAY\"]");
        // ISO local times: "09:00" is read, "09:00:00" written.
        assertThat(hours.get("start").asString()).isEqualTo("09:00:00");
        assertThat(hours.get("end").asString()).isEqualTo("19:30:00");
        assertThat(set.json().get("hibernation").get("max_run_seconds").asInt()).isEqualTo(28800);

        Response bad = api.put(
                path,
                """
                {"enabled": true, "idle_threshold_pct": 5, "idle_window_seconds": 180,
                 "working_hours": {"time_zone": "Paris", "days": [], "start": "09:00", "end": "09:00"},
                 "max_run_seconds": 30}""",
                user);
        assertThat(bad.status()).as(bad.body()).isEqualTo(422);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        bad.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields)
                .containsExactlyInAnyOrder(
                        "working_hours.time_zone", "working_hours.days", "working_hours.end", "max_run_seconds");
        JsonNode unchanged = api.get("/api/v1/deployments/" + id, user).json().get("hibernation");
        assertThat(unchanged.get("enabled").asBoolean()).isFalse();
        assertThat(unchanged.get("working_hours").get("time_zone").asString()).isEqualTo("Europe/Paris");
        assertThat(unchanged.get("max_run_seconds").asInt()).isEqualTo(28800);

        Response cleared =
                api.put(path, "{\"enabled\": true, \"idle_threshold_pct\": 5, \"idle_window_seconds\": 180}", user);
        assertThat(cleared.status()).as("a client that knows no schedule").isEqualTo(200);
        assertThat(cleared.json().get("hibernation").get("working_hours").isNull())
                .isTrue();
        assertThat(cleared.json().get("hibernation").get("max_run_seconds").isNull())
                .isTrue();
        api.delete("/api/v1/deployments/" + id, user);
    }

    private static JsonNode alertWithId(JsonNode alerts, String id) {
        for (JsonNode alert : alerts) {
            if (alert.get("id").asString().equals(id)) {
                return alert;
            }
        }
        throw new AssertionError("no offer alert " + id + " in " + alerts);
    }

    @Test
    void metricsShowTimeToReadyProviderCallsAndDeploymentsByStatus() {
        String id = api.post("/api/v1/templates/jupyter-lab/deploy", "{}", user)
                .json()
                .get("id")
                .asString();
        awaitStatus(id, "running");
        String metrics = api.get("/actuator/prometheus").body();
        assertThat(metrics)
                .contains("dumont_deployments_time_to_ready_seconds_count")
                .contains("dumont_provider_calls_seconds_count")
                .contains("dumont_deployments{");
    }

    private JsonNode awaitStatus(String id, String status) {
        return await().atMost(READY)
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> api.get("/api/v1/deployments/" + id, user).json(),
                        d -> d.get("status").asString().equals(status));
    }
}
