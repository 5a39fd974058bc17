package cloud.dumont.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

class AuthAndRateLimitTest {

    private static final Map<String, Object> ANY_4090 = Map.of("gpu_name", Map.of("eq", "RTX 4090"), "limit", 1);

    @Test
    void aWrongKeyIsRefusedWithVastsAuthError() {
        try (VastSimulator sim = VastSimulator.start(TestSims.manual(ManualClock.startingAt2026()))) {
            SimClient.Reply reply = new SimClient(sim).withKey("not-the-key").get("/api/v0/instances/");
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.contentType()).isEqualTo("application/json");
            assertThat(reply.json())
                    .containsEntry("success", false)
                    .containsEntry("error", "auth_error")
                    .containsEntry("msg", "Invalid user key");
            assertThat(new SimClient(sim)
                            .withKey(null)
                            .get("/api/v0/instances/")
                            .status())
                    .isEqualTo(401);
            assertThat(new SimClient(sim)
                            .withKey(null)
                            .get("/api/v0/instances/?api_key=nope")
                            .status())
                    .isEqualTo(401);
        }
    }

    @Test
    void theKeyMayComeAsBearerHeaderOrApiKeyParameter() {
        try (VastSimulator sim = VastSimulator.start(TestSims.manual(ManualClock.startingAt2026()))) {
            assertThat(new SimClient(sim).get("/api/v0/instances/").status()).isEqualTo(200);
            assertThat(new SimClient(sim)
                            .withKey(null)
                            .get("/api/v0/instances/?api_key=" + sim.apiKey())
                            .status())
                    .isEqualTo(200);
        }
    }

    @Test
    void offerSearchAndGpuNamesWorkWithoutAKeyButNotWithAWrongOne() {
        try (VastSimulator sim = VastSimulator.start(TestSims.manual(ManualClock.startingAt2026()))) {
            SimClient anonymous = new SimClient(sim).withKey(null);
            assertThat(anonymous.post("/api/v0/bundles/", ANY_4090).list("offers"))
                    .hasSize(1);
            assertThat(anonymous.get("/api/v0/gpu_names/unique/").json().get("gpu_names"))
                    .asInstanceOf(InstanceOfAssertFactories.LIST)
                    .contains("RTX 4090", "H100 SXM", "B200");
            assertThat(anonymous
                            .withKey("wrong")
                            .post("/api/v0/bundles/", ANY_4090)
                            .status())
                    .isEqualTo(401);
        }
    }

    @Test
    void aBurstBeyondTheBucketGets429InPlainTextWithoutRetryAfter() {
        SimulatorConfig config = TestSims.manual(ManualClock.startingAt2026()).withRateLimit(RateLimit.of(5, 0.5));
        try (VastSimulator sim = VastSimulator.start(config)) {
            SimClient client = new SimClient(sim);
            List<SimClient.Reply> replies = IntStream.range(0, 8)
                    .mapToObj(i -> client.get("/api/v0/instances/"))
                    .toList();
            assertThat(replies.subList(0, 5))
                    .allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
            SimClient.Reply limited = replies.get(7);
            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.contentType()).startsWith("text/plain");
            assertThat(limited.body()).isEqualTo("API requests too frequent endpoint threshold=2.0");
            assertThat(limited.headers().firstValue("Retry-After")).isEmpty();

            // Each key has its own bucket: callers without a key are counted by address.
            assertThat(client.withKey(null).post("/api/v0/bundles/", ANY_4090).status())
                    .isEqualTo(200);
        }
    }

    @Test
    void theDocumentedJsonShapesOf429CanBeChosen() {
        SimulatorConfig config = TestSims.manual(ManualClock.startingAt2026())
                .withRateLimit(RateLimit.of(1, 0.01).withBody(RateLimit.TooManyRequestsBody.DOCUMENTED_JSON));
        try (VastSimulator sim = VastSimulator.start(config)) {
            SimClient client = new SimClient(sim);
            client.get("/api/v0/instances/");
            SimClient.Reply destroy = client.delete("/api/v0/instances/1/");
            assertThat(destroy.status()).isEqualTo(429);
            assertThat(destroy.json())
                    .containsEntry("success", false)
                    .containsEntry("error", "rate_limit_exceeded")
                    .containsEntry("msg", "API requests too frequent endpoint threshold=3.0");
            SimClient.Reply create = client.put("/api/v0/asks/1/", Map.of("image", "x"));
            assertThat(create.json()).containsEntry("detail", "API requests too frequent endpoint threshold=4.5");
        }
    }

    @Test
    void unknownRoutesAndMethodsAnswerInVastsErrorShape() {
        try (VastSimulator sim = VastSimulator.start(TestSims.manual(ManualClock.startingAt2026()))) {
            SimClient client = new SimClient(sim);
            assertThat(client.put("/api/v0/bids/123/", Map.of()).status()).isEqualTo(404);
            assertThat(client.send("PATCH", "/api/v0/instances/1/", Map.of()).status())
                    .isEqualTo(405);
            SimClient.Reply malformed =
                    client.exchange(HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/api/v0/bundles/"))
                            .POST(HttpRequest.BodyPublishers.ofString("{not json"))
                            .build());
            assertThat(malformed.status()).isEqualTo(400);
            assertThat(malformed.json()).containsEntry("error", "invalid_args");
        }
    }
}
