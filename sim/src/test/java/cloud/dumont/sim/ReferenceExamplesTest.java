package cloud.dumont.sim;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloud.dumont.sim.internal.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Drives the simulator with the JDK HttpClient exactly as the examples in
 * shared/reference/vast-api.md: the same methods, paths, bodies and query encoding.
 */
class ReferenceExamplesTest {

    private static final String SEARCH =
            """
            {
              "verified":   {"eq": true},
              "external":   {"eq": false},
              "rentable":   {"eq": true},
              "rented":     {"eq": false},
              "gpu_name":   {"in": ["RTX 4090", "RTX 3090"]},
              "num_gpus":   {"eq": 1},
              "gpu_ram":    {"gte": 24000},
              "reliability":{"gte": 0.98},
              "inet_down":  {"gte": 500},
              "cuda_max_good": {"gte": 12.1},
              "disk_space": {"gte": 50},
              "direct_port_count": {"gte": 1},
              "geolocation":{"notin": ["CN", "VN"]},
              "dph_total":  {"lte": 0.8},
              "order": [["score", "desc"]],
              "type": "on-demand",
              "limit": 64,
              "allocated_storage": 50
            }""";

    private final ManualClock clock = ManualClock.startingAt2026();
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private VastSimulator sim;

    @BeforeEach
    void start() {
        sim = VastSimulator.start(TestSims.manual(clock).withOfferCount(600));
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private HttpResponse<String> call(String method, String pathAndQuery, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(sim.baseUrl() + pathAndQuery))
                .header("Authorization", "Bearer " + sim.apiKey())
                .header("Content-Type", "application/json")
                .header("User-Agent", "vastai-cli/0.3.1")
                .timeout(Duration.ofSeconds(5))
                .method(method, HttpRequest.BodyPublishers.ofString(json == null ? "" : json))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(HttpResponse<String> response) {
        return (Map<String, Object>) Json.read(response.body());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> offers(HttpResponse<String> response) {
        return (List<Map<String, Object>>) json(response).get("offers");
    }

    private static double number(Map<String, Object> row, String field) {
        return ((Number) row.get(field)).doubleValue();
    }

    @Test
    void searchOffersWithTheReferenceQuery() throws Exception {
        HttpResponse<String> response = call("POST", "/api/v0/bundles/", SEARCH);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        List<Map<String, Object>> offers = offers(response);
        assertThat(offers).isNotEmpty().hasSizeLessThanOrEqualTo(64);
        assertThat(offers).allSatisfy(o -> {
            assertThat(o.get("gpu_name")).isIn("RTX 4090", "RTX 3090");
            assertThat(o)
                    .containsEntry("num_gpus", 1)
                    .containsEntry("verified", true)
                    .containsEntry("rented", false);
            assertThat(number(o, "gpu_ram")).isGreaterThanOrEqualTo(24000);
            assertThat(number(o, "reliability")).isGreaterThanOrEqualTo(0.98);
            assertThat(number(o, "inet_down")).isGreaterThanOrEqualTo(500);
            assertThat(number(o, "cuda_max_good")).isGreaterThanOrEqualTo(12.1);
            assertThat(number(o, "dph_total")).isLessThanOrEqualTo(0.8);
            assertThat((String) o.get("geolocation")).doesNotEndWith("CN").doesNotEndWith("VN");
        });
        assertThat(offers).extracting(o -> number(o, "score")).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void legacySearchWithTheWholeQueryInQ() throws Exception {
        String q = "%7B%22gpu_name%22%3A%7B%22eq%22%3A%22RTX+4090%22%7D%2C%22order%22%3A%5B%5B%22dph_total%22%2C"
                + "%22asc%22%5D%5D%2C%22type%22%3A%22on-demand%22%2C%22limit%22%3A50%7D";
        List<Map<String, Object>> offers = offers(call("GET", "/api/v0/bundles/?q=" + q, null));
        assertThat(offers).isNotEmpty().allSatisfy(o -> assertThat(o).containsEntry("gpu_name", "RTX 4090"));
        assertThat(offers).extracting(o -> number(o, "dph_total")).isSorted();
    }

    @Test
    void newSearchWithSelectColsAndQ() throws Exception {
        String body = "{\"select_cols\": [\"*\"], \"q\": {\"gpu_name\": {\"eq\": \"H100 SXM\"}, \"limit\": 3}}";
        List<Map<String, Object>> offers = offers(call("PUT", "/api/v0/search/asks/", body));
        assertThat(offers).hasSizeBetween(1, 3).allSatisfy(o -> assertThat(o).containsEntry("gpu_name", "H100 SXM"));
    }

    @Test
    void createTheReferenceLaunchesAndManageThem() throws Exception {
        List<Map<String, Object>> offers = offers(call("POST", "/api/v0/bundles/", SEARCH));
        String vllmSsh =
                """
                {"client_id":"me","image":"vllm/vllm-openai:latest","label":"tmpl:vllm:u42","disk":50,
                 "runtype":"ssh_direc ssh_proxy",
                 "env":{"MODEL_ID":"Qwen/Qwen2.5-3B-Instruct","HF_TOKEN":"hf_xxx","-p 8000:8000":"1"},
                 "onstart":"touch ~/.no_auto_tmux; env >> /etc/environment; vllm serve $MODEL_ID --port 8000 &"}""";
        String vllmArgs =
                """
                {"image":"vllm/vllm-openai:latest","disk":50,"runtype":"args",
                 "args_str":"--model Qwen/Qwen2.5-3B-Instruct --port 8000","env":{"-p 8000:8000":"1"}}""";
        String jupyter =
                """
                {"image":"vastai/pytorch:@vastai-automatic-tag","disk":32,"runtype":"jupyter_direc ssh_direc ssh_proxy",
                 "use_jupyter_lab":true,"jupyter_dir":"/workspace"}""";

        long first = create(offers.get(0), vllmSsh);
        create(offers.get(1), vllmArgs);
        create(offers.get(2), jupyter);

        Map<String, Object> created = showInstance(first);
        assertThat(created)
                .containsEntry("label", "tmpl:vllm:u42")
                .containsEntry("image_uuid", "vllm/vllm-openai:latest")
                .containsEntry("image_runtype", "ssh_direc ssh_proxy")
                .containsEntry("intended_status", "running");
        assertThat(created.get("extra_env"))
                .asInstanceOf(InstanceOfAssertFactories.LIST)
                .contains(List.of("-p 8000:8000", "1"));

        clock.advance(TestSims.BOOT);
        Map<String, Object> running = showInstance(first);
        assertThat(running).containsEntry("actual_status", "running");
        assertThat(running.get("ports"))
                .asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsKeys("8000/tcp", "22/tcp");

        assertThat(json(call("PUT", "/api/v0/instances/" + first + "/", "{\"state\": \"stopped\"}")))
                .containsEntry("success", true);
        assertThat(showInstance(first)).containsEntry("actual_status", "stopped");
        assertThat(json(call("PUT", "/api/v0/instances/" + first + "/", "{\"state\": \"running\"}")))
                .containsEntry("success", true);
        assertThat(json(call("PUT", "/api/v0/instances/" + first + "/", "{\"label\": \"My ML Training Job\"}")))
                .containsEntry("success", true);
        assertThat(showInstance(first)).containsEntry("label", "My ML Training Job");

        assertThat(json(call("DELETE", "/api/v0/instances/" + first + "/", "{}")))
                .containsEntry("success", true);
        assertThat(json(call("GET", "/api/v0/instances/" + first + "/?owner=me", null)))
                .containsEntry("instances", null);
    }

    @Test
    void anInterruptibleBidBelowTheMinimumCreatesAStoppedInstanceAndSaysSo() throws Exception {
        Map<String, Object> offer =
                offers(call("POST", "/api/v0/bundles/", SEARCH)).get(0);
        double minBid = number(offer, "min_bid");
        String id = String.valueOf(offer.get("id"));

        String low = "{\"image\":\"ubuntu:22.04\",\"disk\":16,\"runtype\":\"ssh_direc ssh_proxy\",\"price\":"
                + (minBid / 2) + "}";
        HttpResponse<String> refused = call("PUT", "/api/v0/asks/" + id + "/", low);
        assertThat(refused.statusCode()).isEqualTo(400);
        Map<String, Object> error = json(refused);
        assertThat(error).containsEntry("success", false).containsKey("new_contract");
        long stopped = ((Number) error.get("new_contract")).longValue();
        assertThat(showInstance(stopped))
                .containsEntry("actual_status", "stopped")
                .containsEntry("is_bid", true);

        Map<String, Object> other =
                offers(call("POST", "/api/v0/bundles/", SEARCH)).get(0);
        String fair = "{\"image\":\"ubuntu:22.04\",\"disk\":16,\"runtype\":\"ssh_direc ssh_proxy\",\"price\":"
                + number(other, "min_bid") * 1.1 + "}";
        assertThat(json(call("PUT", "/api/v0/asks/" + other.get("id") + "/", fair)))
                .containsEntry("success", true);
    }

    @Test
    void anOutbidInterruptibleInstanceStopsInEveryStateAndKeepsItsDisk() throws Exception {
        Map<String, Object> offer =
                offers(call("POST", "/api/v0/bundles/", SEARCH)).get(0);
        long bid = create(
                offer, "{\"image\":\"ubuntu:22.04\",\"disk\":16,\"price\":" + number(offer, "min_bid") * 1.5 + "}");
        long onDemand = create(offers(call("POST", "/api/v0/bundles/", SEARCH)).get(0), "{\"image\":\"ubuntu:22.04\"}");
        clock.advance(Duration.ofMinutes(5));
        assertThat(showInstance(bid)).containsEntry("actual_status", "running");

        sim.outbid(bid);

        // dstack's outbid signal: stopped in all three, whatever actual_status lags behind at.
        assertThat(showInstance(bid))
                .containsEntry("intended_status", "stopped")
                .containsEntry("cur_state", "stopped")
                .containsEntry("next_state", "stopped")
                .containsEntry("is_bid", true);
        assertThat(showInstance(onDemand)).containsEntry("actual_status", "running");
        assertThatThrownBy(() -> sim.outbid(onDemand)).hasMessageContaining("on-demand");
    }

    @Test
    void aStoppedInstanceWhoseGpuWasTakenStaysSchedulingWhenStarted() throws Exception {
        Map<String, Object> offer =
                offers(call("POST", "/api/v0/bundles/", SEARCH)).get(0);
        long id = create(offer, "{\"image\":\"ubuntu:22.04\",\"disk\":16}");
        clock.advance(Duration.ofMinutes(5));
        assertThatThrownBy(() -> sim.takeGpu(id)).hasMessageContaining("running");
        call("PUT", "/api/v0/instances/" + id + "/", "{\"state\":\"stopped\"}");
        sim.takeGpu(id);

        call("PUT", "/api/v0/instances/" + id + "/", "{\"state\":\"running\"}");
        clock.advance(Duration.ofMinutes(30));

        // Vast.ai's reference: intended running, the instance stays stopped and "scheduling" for as long as it takes.
        assertThat(showInstance(id))
                .containsEntry("intended_status", "running")
                .containsEntry("actual_status", "stopped");
        assertThat((String) showInstance(id).get("status_msg")).startsWith("scheduling");

        sim.freeGpu(id);
        clock.advance(Duration.ofMinutes(5));
        assertThat(showInstance(id)).containsEntry("actual_status", "running");
    }

    @Test
    void aBidUnderTheMarketsRisingMinimumIsOutbidOnItsOwn() throws Exception {
        Map<String, Object> offer =
                offers(call("POST", "/api/v0/bundles/", SEARCH)).get(0);
        // At the minimum of the moment: the daily swing of demand takes it under within a day.
        long bid = create(offer, "{\"image\":\"ubuntu:22.04\",\"disk\":16,\"price\":" + number(offer, "min_bid") + "}");
        boolean outbid = false;
        for (int hour = 0; hour < 24 && !outbid; hour++) {
            clock.advance(Duration.ofHours(1));
            outbid = "stopped".equals(showInstance(bid).get("intended_status"));
        }
        assertThat(outbid).as("outbid within a day").isTrue();
    }

    @Test
    void listInstancesWithTheCliQueryEncoding() throws Exception {
        create(offers(call("POST", "/api/v0/bundles/", SEARCH)).get(0), "{\"image\":\"ubuntu:22.04\"}");
        String path = "/api/v1/instances/?select_filters=%7B%7D&order_by=%5B%7B%22col%22%3A+%22id%22%2C+%22dir%22%3A+"
                + "%22asc%22%7D%5D&limit=25";
        Map<String, Object> page = json(call("GET", path, null));
        assertThat(page)
                .containsEntry("success", true)
                .containsEntry("instances_found", 1)
                .containsKey("next_token");

        Map<String, Object> legacy = json(call("GET", "/api/v0/instances/?owner=me", null));
        assertThat(legacy).containsEntry("instances_found", 1);
    }

    @Test
    void createErrorsHaveVastsShape() throws Exception {
        HttpResponse<String> gone = call("PUT", "/api/v0/asks/1234567/", "{\"image\":\"ubuntu:22.04\"}");
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(json(gone))
                .containsEntry("success", false)
                .containsEntry("error", "invalid_args")
                .containsEntry("msg", "error 404/3603: no_such_ask Instance type by id 1234567 is not available.")
                .containsEntry("ask_id", 1234567);

        String offer = String.valueOf(
                offers(call("POST", "/api/v0/bundles/", SEARCH)).get(0).get("id"));
        HttpResponse<String> noImage = call("PUT", "/api/v0/asks/" + offer + "/", "{\"disk\": 10}");
        assertThat(noImage.statusCode()).isEqualTo(400);
        assertThat((String) json(noImage).get("msg")).startsWith("error 400/3467: Invalid args:");
    }

    @Test
    void accountAndRequestLogs() throws Exception {
        Map<String, Object> user = json(call("GET", "/api/v0/users/current/", null));
        assertThat(user).containsKeys("id", "email", "credit", "balance", "can_pay", "has_billing");
        long id = create(offers(call("POST", "/api/v0/bundles/", SEARCH)).get(0), "{\"image\":\"ubuntu:22.04\"}");
        Map<String, Object> logs =
                json(call("PUT", "/api/v0/instances/request_logs/" + id + "/", "{\"tail\":\"1000\"}"));
        assertThat(logs).containsEntry("success", true);
        HttpResponse<String> text = http.send(
                HttpRequest.newBuilder(URI.create((String) logs.get("result_url")))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(text.statusCode()).isEqualTo(200);
        assertThat(text.body()).contains("instance created from offer");
    }

    private long create(Map<String, Object> offer, String body) throws Exception {
        HttpResponse<String> response = call("PUT", "/api/v0/asks/" + offer.get("id") + "/", body);
        Map<String, Object> result = json(response);
        assertThat(result).containsEntry("success", true).containsKeys("new_contract", "instance_api_key");
        return ((Number) result.get("new_contract")).longValue();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> showInstance(long id) throws Exception {
        HttpResponse<String> response = call("GET", "/api/v0/instances/" + id + "/?owner=me", null);
        return (Map<String, Object>) json(response).get("instances");
    }
}
