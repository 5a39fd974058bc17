package cloud.dumont.machines;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.dumont.ApiClient;
import cloud.dumont.ApiClient.Response;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** The machines API over HTTP: who may read and change the blacklist, and the problem details of bad requests. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"dumont.deployments.loop-enabled=false", "dumont.market.enabled=false"})
@ActiveProfiles("test")
class MachineApiIntegrationTest {

    @LocalServerPort
    int port;

    ApiClient api;
    String admin;
    String user;

    @BeforeEach
    void signIn() {
        api = new ApiClient(port);
        admin = api.login("admin@dumont.local", "dumont-admin");
        user = api.newUser("U");
    }

    @Test
    void historyNeedsASignInAndAnswersMachinesAndGpuModels() {
        assertThat(api.get("/api/v1/machines/history").status()).isEqualTo(401);
        Response r = api.get("/api/v1/machines/history?sort=success_rate&order=asc", user);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().has("machines")).isTrue();
        assertThat(r.json().has("gpu_models")).isTrue();
        assertThat(r.json().get("total").asInt()).isZero();
    }

    @Test
    void unknownSortKeysAndMachinesAreProblems() {
        Response badSort = api.get("/api/v1/machines/history?sort=cheapest", user);
        assertThat(badSort.status()).isEqualTo(400);
        assertThat(badSort.contentType()).startsWith("application/problem+json");
        assertThat(badSort.json().get("detail").asString()).contains("success_rate");

        Response unknown = api.get("/api/v1/machines/424242", user);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    @Test
    void onlyAdminsBlacklistAndClearAndEveryRefusalIsAProblem() {
        long machine = 700_000 + (UUID.randomUUID().getMostSignificantBits() & 0xffff);
        String body = "{\"machine_id\":" + machine + ",\"reason\":\"Ports never open\",\"duration_hours\":12}";

        Response byUser = api.post("/api/v1/machines/blacklist", body, user);
        assertThat(byUser.status()).isEqualTo(403);
        assertThat(byUser.contentType()).startsWith("application/problem+json");

        Response noReason = api.post("/api/v1/machines/blacklist", "{\"machine_id\":" + machine + "}", admin);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.contentType()).startsWith("application/problem+json");
        Response tooLong = api.post(
                "/api/v1/machines/blacklist",
                "{\"machine_id\":" + machine + ",\"reason\":\"x\",\"duration_hours\":99999}",
                admin);
        assertThat(tooLong.status()).isEqualTo(400);

        Response created = api.post("/api/v1/machines/blacklist", body, admin);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode entry = created.json();
        assertThat(entry.get("source").asString()).isEqualTo("admin");
        assertThat(entry.get("active").asBoolean()).isTrue();
        assertThat(entry.get("expires_at").isNull()).isFalse();

        Response list = api.get("/api/v1/machines/blacklist", user);
        assertThat(list.json().findValuesAsString("machine_id")).contains(Long.toString(machine));
        Response detail = api.get("/api/v1/machines/" + machine, user);
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.json().get("summary").get("blacklisted").asBoolean()).isTrue();

        assertThat(api.delete("/api/v1/machines/blacklist/" + machine + "?reason=fixed", user)
                        .status())
                .isEqualTo(403);
        Response noClearReason = api.delete("/api/v1/machines/blacklist/" + machine, admin);
        assertThat(noClearReason.status()).isEqualTo(400);
        assertThat(noClearReason.contentType()).startsWith("application/problem+json");
        Response cleared = api.delete("/api/v1/machines/blacklist/" + machine + "?reason=Host+fixed", admin);
        assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
        assertThat(cleared.json().get("active").asBoolean()).isFalse();
        Response again = api.delete("/api/v1/machines/blacklist/" + machine + "?reason=Host+fixed", admin);
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.contentType()).startsWith("application/problem+json");
    }
}
