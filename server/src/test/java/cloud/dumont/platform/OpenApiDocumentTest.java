package cloud.dumont.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.dumont.ApiClient;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed {@code api/openapi.json} is the contract the web client's types are generated from, so it must match
 * what the server really serves. After an intended API change, refresh it with
 * {@code ./mvnw -pl server test -Dtest=OpenApiDocumentTest -Dopenapi.update=true}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OpenApiDocumentTest {

    static final Path COMMITTED = Path.of("..", "api", "openapi.json");
    static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    @LocalServerPort
    int port;

    @Test
    void committedDocumentMatchesTheLiveOne() throws Exception {
        JsonNode live = JSON.readTree(new ApiClient(port).get("/v3/api-docs").body());
        // The server URL depends on the random test port; it is not part of the contract.
        ((tools.jackson.databind.node.ObjectNode) live).remove("servers");

        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(COMMITTED, JSON.writeValueAsString(JSON.treeToValue(live, Object.class)) + "\n");
        }

        JsonNode committed = JSON.readTree(Files.readString(COMMITTED));
        assertThat(committed)
                .as("api/openapi.json is out of date; rerun this test with -Dopenapi.update=true and commit it")
                .isEqualTo(live);
    }

    @Test
    void schemasUseTheSnakeCaseNamesOfTheWire() throws Exception {
        JsonNode template =
                JSON.readTree(Files.readString(COMMITTED)).at("/components/schemas/TemplateResponse/properties");
        assertThat(template.has("gpu_min_vram")).isTrue();
        assertThat(template.has("gpuMinVram")).isFalse();
    }
}
