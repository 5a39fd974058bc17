package cloud.dumont.budgets;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.dumont.ApiClient;
import cloud.dumont.ApiClient.Response;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** The budget API over HTTP: the caller's own budget and spend only, and bad budgets refused without a change. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            // the same context as DeploymentApiIntegrationTest, so a full run boots it once
            "dumont.vast.simulator.boot-time-min=1s",
            "dumont.vast.simulator.boot-time-max=2s",
            "dumont.deployments.poll-interval=300ms",
            "dumont.deployments.deploy-wait=3s",
            "dumont.deployments.max-per-user=50"
        })
@ActiveProfiles("test")
class BudgetApiIntegrationTest {

    @LocalServerPort
    int port;

    ApiClient api;
    String user;

    @BeforeEach
    void signIn() {
        api = new ApiClient(port);
        user = api.newUser("Budgeter");
    }

    @Test
    void aBudgetIsSetShownAndRemoved() {
        JsonNode none = api.get("/api/v1/budget", user).json();
        assertThat(none.get("monthly_budget_usd").isNull()).isTrue();
        assertThat(none.get("month").asString())
                .isEqualTo(YearMonth.now(ZoneOffset.UTC).toString());
        assertThat(none.get("spent_usd").asDouble()).isZero();
        assertThat(none.get("share").isNull()).isTrue();
        assertThat(none.get("thresholds_reached")).isEmpty();
        assertThat(none.get("deployments")).isEmpty();
        assertThat(none.get("notices")).isEmpty();
        assertThat(none.get("saved_usd").asDouble())
                .as("nothing hibernated yet")
                .isZero();

        Response set = api.put("/api/v1/budget", "{\"monthly_budget_usd\": 25.5}", user);
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().get("monthly_budget_usd").asDouble()).isEqualTo(25.5);
        assertThat(set.json().get("share").asDouble()).isZero();
        assertThat(api.get("/api/v1/budget", user)
                        .json()
                        .get("monthly_budget_usd")
                        .asDouble())
                .isEqualTo(25.5);

        Response removed = api.put("/api/v1/budget", "{\"monthly_budget_usd\": null}", user);
        assertThat(removed.status()).isEqualTo(200);
        assertThat(api.get("/api/v1/budget", user)
                        .json()
                        .get("monthly_budget_usd")
                        .isNull())
                .isTrue();
    }

    @Test
    void aBadBudgetIsRefusedAndChangesNothing() {
        api.put("/api/v1/budget", "{\"monthly_budget_usd\": 40}", user);

        for (String bad : List.of("0", "-5", "100000.01", "1e400")) {
            Response refused = api.put("/api/v1/budget", "{\"monthly_budget_usd\": " + bad + "}", user);
            assertThat(refused.status()).as(bad).isEqualTo(422);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("type").asString()).endsWith("/invalid-budget");
            assertThat(refused.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("monthly_budget_usd");
        }
        Response malformed = api.put("/api/v1/budget", "{\"monthly_budget_usd\": \"lots\"}", user);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");

        assertThat(api.get("/api/v1/budget", user)
                        .json()
                        .get("monthly_budget_usd")
                        .asDouble())
                .isEqualTo(40);
    }

    @Test
    void spendIsTheCallersOwn() {
        Response deployed = api.post("/api/v1/templates/jupyter-lab/deploy", "{}", user);
        assertThat(deployed.status()).as(deployed.body()).isEqualTo(201);
        String id = deployed.json().get("id").asString();
        String other = api.newUser("Neighbour");

        JsonNode mine = api.get("/api/v1/budget", user).json();
        assertThat(mine.get("deployments")).singleElement().satisfies(d -> {
            assertThat(d.get("id").asString()).isEqualTo(id);
            assertThat(d.get("template_name").asString()).isEqualTo("JupyterLab");
            assertThat(d.get("cost_this_month_usd").asDouble()).isGreaterThanOrEqualTo(0);
        });
        JsonNode theirs = api.get("/api/v1/budget", other).json();
        assertThat(theirs.get("deployments")).isEmpty();
        assertThat(theirs.get("spent_usd").asDouble()).isZero();
        assertThat(api.get("/api/v1/budget").status()).as("signed out").isEqualTo(401);

        api.delete("/api/v1/deployments/" + id, user);
    }
}
