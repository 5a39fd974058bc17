package cloud.dumont.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.dumont.ApiClient;
import cloud.dumont.ApiClient.Response;
import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The packaged React app is served at / and every client-side route loads it; server paths never do. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WebUiRoutingIntegrationTest {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void rootAndDeepLinksServeTheApp() {
        for (String path : new String[] {
            "/",
            "/templates",
            "/templates/vllm",
            "/models",
            "/login",
            "/deploy/Qwen/Qwen3-0.6B",
            "/deploy/meta-llama/Llama-3.2-1B-Instruct"
        }) {
            Response r = html(path);
            assertThat(r.status()).as(path).isEqualTo(200);
            assertThat(r.contentType()).as(path).startsWith("text/html");
            assertThat(r.body()).as(path).contains("<div id=\"root\">");
        }
    }

    @Test
    void missingFilesAndServerPathsAreProblemsNotTheApp() {
        Response asset = api.get("/assets/does-not-exist.js");
        assertThat(asset.status()).isEqualTo(404);
        assertThat(asset.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/no-such-icon.png").status()).isEqualTo(404);

        Response actuator = api.get("/actuator/nothing-here");
        assertThat(actuator.contentType()).startsWith("application/problem+json");

        Response docs = api.get("/v3/api-docs/nothing");
        assertThat(docs.body()).doesNotContain("<div id=\"root\">");
    }

    @Test
    void swaggerUiIsServed() {
        Response r = api.get("/swagger-ui/index.html");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).containsIgnoringCase("swagger");
    }

    private Response html(String path) {
        return api.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Accept", "text/html")
                        .GET(),
                null);
    }
}
