package cloud.dumont.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.dumont.ApiClient;
import cloud.dumont.ApiClient.Response;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CatalogApiIntegrationTest {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void listsTheFourOfficialTemplates() {
        Response r = api.get("/api/v1/templates");

        assertThat(r.status()).isEqualTo(200);
        assertThat(slugs(r.json())).containsExactlyInAnyOrder("jupyter-lab", "stable-diffusion", "comfy-ui", "vllm");
        JsonNode vllm = find(r.json(), "vllm");
        assertThat(vllm.get("gpu_min_vram").asInt()).isEqualTo(16);
        assertThat(vllm.get("docker_image").asString()).startsWith("vllm/vllm-openai:v");
        assertThat(vllm.get("publisher").get("official").asBoolean()).isTrue();
        assertThat(vllm.get("ports").get(0).get("health_path").asString()).isEqualTo("/health");
        assertThat(vllm.get("guide_markdown").isNull())
                .as("the list leaves guides out")
                .isTrue();
    }

    @Test
    void seedPathAnswersTheSame() {
        assertThat(slugs(api.get("/api/templates").json())).hasSize(4);
        assertThat(api.get("/api/templates/vllm").json().get("slug").asString()).isEqualTo("vllm");
    }

    @Test
    void minVramKeepsTemplatesThatFitTheGpu() {
        assertThat(slugs(api.get("/api/v1/templates?min_vram=8").json()))
                .containsExactlyInAnyOrder("jupyter-lab", "stable-diffusion", "comfy-ui");
        assertThat(slugs(api.get("/api/v1/templates?min_vram=4").json())).containsExactly("jupyter-lab");
        assertThat(slugs(api.get("/api/v1/templates?min_vram=16").json())).hasSize(4);
    }

    @Test
    void filtersByCategoryAndSearchText() {
        assertThat(slugs(api.get("/api/v1/templates?category=image-generation").json()))
                .containsExactlyInAnyOrder("stable-diffusion", "comfy-ui");
        assertThat(slugs(api.get("/api/v1/templates?q=OPENAI").json())).containsExactly("vllm");
        assertThat(slugs(api.get("/api/v1/templates?q=no-such-thing").json())).isEmpty();
    }

    @Test
    void detailCarriesTheGuideAndTheLaunchSpec() {
        JsonNode jupyter = api.get("/api/v1/templates/jupyter-lab").json();

        assertThat(jupyter.get("docker_image").asString()).startsWith("quay.io/jupyter/pytorch-notebook:cuda12-");
        assertThat(jupyter.get("launch_mode").asString()).isEqualTo("entrypoint");
        assertThat(jupyter.get("volumes").get(0).asString()).isEqualTo("/home/jovyan/work");
        assertThat(jupyter.get("guide_markdown").asString()).contains("Install packages", "/home/jovyan/work");
        assertThat(jupyter.get("version").asString()).isEqualTo("1.0.0");
    }

    @Test
    void firstBootDownloadsAreDeclaredForStableDiffusionAndVllm() {
        assertThat(api.get("/api/v1/templates/stable-diffusion")
                        .json()
                        .get("first_boot")
                        .get("download_gb")
                        .asInt())
                .isGreaterThan(0);
        assertThat(api.get("/api/v1/templates/vllm")
                        .json()
                        .get("first_boot")
                        .get("download_gb")
                        .asInt())
                .isGreaterThan(0);
        assertThat(api.get("/api/v1/templates/jupyter-lab")
                        .json()
                        .get("first_boot")
                        .get("download_gb")
                        .asInt())
                .isZero();
    }

    @Test
    void unknownTemplateIsAProblem404() {
        Response r = api.get("/api/v1/templates/nonexistent");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("type").asString()).isEqualTo("https://dumont.cloud/problems/not-found");
        assertThat(r.json().get("detail").asString()).contains("nonexistent");
    }

    @Test
    void listsTheEightModelsAndFindsOneByItsSlashedId() {
        assertThat(api.get("/api/v1/models").json()).hasSize(8);

        Response qwen = api.get("/api/v1/models/Qwen/Qwen3-0.6B");
        assertThat(qwen.status()).isEqualTo(200);
        assertThat(qwen.json().get("context_length").asInt()).isEqualTo(32768);
        assertThat(qwen.json().get("min_gpu_memory").asString()).isEqualTo("4GB");

        assertThat(api.get("/api/v1/models/nobody/nothing").status()).isEqualTo(404);
    }

    @Test
    void filtersModelsByEngineAndText() {
        List<String> trtllm = ids(api.get("/api/v1/models?engine=trtllm").json());
        assertThat(trtllm)
                .hasSize(6)
                .doesNotContain("deepseek-ai/DeepSeek-R1-Distill-Llama-8B", "microsoft/Phi-3-mini-4k-instruct");
        assertThat(ids(api.get("/api/v1/models?q=llama").json()))
                .contains("meta-llama/Llama-3.2-1B-Instruct", "TinyLlama/TinyLlama-1.1B-Chat-v1.0");
        assertThat(api.get("/api/v1/models?engine=tensorflow").status()).isEqualTo(400);
    }

    @Test
    void gpuReferenceListsCardsWithEnoughMemory() {
        JsonNode gpus = api.get("/api/v1/gpus?min_vram=48").json();
        assertThat(gpus).isNotEmpty();
        gpus.forEach(g -> assertThat(g.get("vram_gb").asInt()).isGreaterThanOrEqualTo(48));
    }

    @Test
    void badQueryParameterIsAProblem400WithoutInternals() {
        Response notANumber = api.get("/api/v1/templates?min_vram=lots");
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.contentType()).startsWith("application/problem+json");
        assertThat(notANumber.body()).contains("min_vram").doesNotContain("java.", "Exception");

        Response negative = api.get("/api/v1/templates?min_vram=-3");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().get("errors").get(0).get("field").asString()).isEqualTo("min_vram");
    }

    @Test
    void unmappedPathAndWrongMethodAreProblems() {
        Response unmapped = api.get("/no/such/file.txt");
        assertThat(unmapped.status()).isEqualTo(404);
        assertThat(unmapped.contentType()).startsWith("application/problem+json");

        Response wrongMethod = api.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/info"))
                        .method("PATCH", HttpRequest.BodyPublishers.noBody()),
                api.login("admin@dumont.local", "dumont-admin"));
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.contentType()).startsWith("application/problem+json");
    }

    @Test
    void headOnPublicReadsNeedsNoTokenEither() {
        Response head = api.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/templates"))
                        .method("HEAD", HttpRequest.BodyPublishers.noBody()),
                null);

        assertThat(head.status()).isEqualTo(200);
    }

    @Test
    void serverInfoSaysTheCloudIsSimulated() {
        JsonNode info = api.get("/api/v1/info").json();
        assertThat(info.get("simulated_cloud").asBoolean()).isTrue();
        assertThat(info.get("database").asString()).isEqualTo("h2");
        assertThat(info.get("cache").asString()).isEqualTo("caffeine");
    }

    @Test
    void healthAndMetricsAreExposed() {
        assertThat(api.get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
        assertThat(api.get("/actuator/prometheus").body()).contains("jvm_memory_used_bytes");
    }

    private static List<String> slugs(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(t -> out.add(t.get("slug").asString()));
        return out;
    }

    private static List<String> ids(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(t -> out.add(t.get("id").asString()));
        return out;
    }

    private static JsonNode find(JsonNode array, String slug) {
        for (JsonNode t : array) {
            if (slug.equals(t.get("slug").asString())) {
                return t;
            }
        }
        throw new AssertionError("no template " + slug);
    }
}
