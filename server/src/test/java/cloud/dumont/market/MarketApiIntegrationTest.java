package cloud.dumont.market;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.dumont.ApiClient;
import cloud.dumont.ApiClient.Response;
import cloud.dumont.market.internal.MarketSampler;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** The spot market and GPU recommendation endpoints over HTTP: public reads, and problem details for bad input. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "dumont.deployments.loop-enabled=false",
            "dumont.vast.simulator.rate-limited=false",
            "dumont.market.gpus=RTX 3090,RTX 4090,RTX A6000,H100 SXM"
        })
@ActiveProfiles("test")
class MarketApiIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    MarketSampler sampler;

    ApiClient api;

    @BeforeEach
    void sample() {
        api = new ApiClient(port);
        sampler.sample();
    }

    @Test
    void theMarketTableAndAModelsHistoryArePublic() {
        Response table = api.get("/api/v1/spot/market?num_gpus=1");
        assertThat(table.status()).as(table.body()).isEqualTo(200);
        assertThat(table.json().get("simulated").asBoolean()).isTrue();
        assertThat(table.json().get("rows").size()).isEqualTo(4);
        JsonNode row = table.json().get("rows").get(0);
        assertThat(row.has("price_p25")).isTrue();
        assertThat(row.has("bid_min")).isTrue();

        Response history = api.get("/api/v1/spot/market/RTX%204090?range=24h");
        assertThat(history.status()).as(history.body()).isEqualTo(200);
        assertThat(history.json().get("points").size()).isPositive();
        assertThat(history.json().get("suggested_bid").get("bid_per_hour").isNumber())
                .isTrue();

        Response bid = api.get("/api/v1/spot/market/RTX%204090/bid?bid=0.01");
        assertThat(bid.status()).isEqualTo(200);
        assertThat(bid.json().get("your_bid").get("outbid_risk").asDouble()).isEqualTo(1.0);
    }

    @Test
    void badRangesCountsAndUnknownModelsAreProblems() {
        Response range = api.get("/api/v1/spot/market/RTX%204090?range=2w");
        assertThat(range.status()).isEqualTo(400);
        assertThat(range.contentType()).startsWith("application/problem+json");
        assertThat(range.json().get("detail").asString()).contains("24h");

        Response count = api.get("/api/v1/spot/market?num_gpus=0");
        assertThat(count.status()).isEqualTo(400);
        assertThat(count.contentType()).startsWith("application/problem+json");

        Response unknown = api.get("/api/v1/spot/market/RTX%209999");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aTemplatesGpuTableListsTheModelsThatFitWithLivePricesAndAPick() {
        Response r = api.get("/api/v1/templates/vllm/gpu-recommendations");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode body = r.json();
        int min = body.get("min_vram_gb").asInt();
        assertThat(body.get("gpus").valueStream())
                .allSatisfy(g -> assertThat(g.get("vram_gb").asInt()).isGreaterThanOrEqualTo(min));
        String best = body.get("best_value").asString();
        assertThat(best).isNotBlank();
        JsonNode bestRow = body.get("gpus")
                .valueStream()
                .filter(g -> g.get("gpu_name").asString().equals(best))
                .findFirst()
                .orElseThrow();
        assertThat(bestRow.get("best_value").asBoolean()).isTrue();
        assertThat(bestRow.get("price_per_hour").isNumber()).isTrue();
        assertThat(bestRow.get("offers").asInt()).isPositive();

        assertThat(api.get("/api/v1/templates/no-such-template/gpu-recommendations")
                        .status())
                .isEqualTo(404);
    }
}
