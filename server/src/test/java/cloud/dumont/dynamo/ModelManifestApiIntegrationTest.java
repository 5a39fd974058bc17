package cloud.dumont.dynamo;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.dumont.ApiClient;
import cloud.dumont.ApiClient.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ModelManifestApiIntegrationTest {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void thePreviewIsTheYamlOfTheManifestWithDefaultsFilledIn() {
        Response r = api.post(
                "/api/v1/models/Qwen/Qwen3-0.6B/manifest",
                "{\"engine\":\"sglang\",\"mode\":\"disaggregated\",\"router_mode\":\"kv\",\"replicas\":2}");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/yaml");
        assertThat(r.body()).doesNotStartWith("---").contains("gpu: \"1\"");
        JsonNode manifest = YAML.readTree(r.body());
        assertThat(manifest.get("kind").asString()).isEqualTo("DynamoGraphDeployment");
        assertThat(manifest.get("metadata").get("name").asString()).isEqualTo("qwen3-0-6b-sglang");
        assertThat(manifest.get("metadata").get("namespace").asString()).isEqualTo("default");
        JsonNode services = manifest.get("spec").get("services");
        assertThat(services.propertyNames()).containsExactly("Frontend", "prefill", "decode");
        assertThat(services.get("decode").get("replicas").asInt()).isEqualTo(2);
        assertThat(services.get("decode")
                        .get("resources")
                        .get("limits")
                        .get("gpu")
                        .isString())
                .isTrue();
        assertThat(services.get("Frontend").get("envs").get(0).get("value").asString())
                .isEqualTo("kv");
    }

    @Test
    void anEmptyBodyTakesEveryDefault() {
        Response r = api.post("/api/v1/models/TinyLlama/TinyLlama-1.1B-Chat-v1.0/manifest", "{}");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode manifest = YAML.readTree(r.body());
        assertThat(manifest.get("spec").get("backendFramework").asString()).isEqualTo("vllm");
        assertThat(manifest.get("spec").get("services").propertyNames()).containsExactly("Frontend", "worker");
    }

    @Test
    void aBrokenConfigurationIsA422ListingEveryFieldAndAnUnknownModelA404() {
        Response bad = api.post(
                "/api/v1/models/meta-llama/Llama-3.2-1B-Instruct/manifest",
                "{\"name\":\"Has.Dots\",\"replicas\":0,\"engine\":\"vllm\"}");

        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        bad.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("name", "replicas", "hf_token_secret");

        Response unknown = api.post("/api/v1/models/nobody/nothing/manifest", "{}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }
}
