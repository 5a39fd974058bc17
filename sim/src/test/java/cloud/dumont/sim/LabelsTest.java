package cloud.dumont.sim;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.dumont.sim.internal.Json;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LabelsTest {

    private VastSimulator sim;
    private SimClient client;

    @BeforeEach
    void start() {
        sim = VastSimulator.start(TestSims.manual(ManualClock.startingAt2026()));
        client = new SimClient(sim);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private long create(String label) {
        return client.create(client.cheapestOffer("RTX 3090"), Map.of("image", "ubuntu:22.04", "label", label));
    }

    private static String encoded(Object value) {
        return URLEncoder.encode(Json.writeString(value), StandardCharsets.UTF_8);
    }

    @Test
    void aLabelGivenAtCreateIsShownAndCanBeChanged() {
        long id = create("dumont:42:1");
        assertThat(client.show(id)).containsEntry("label", "dumont:42:1");

        SimClient.Reply relabel = client.put("/api/v0/instances/" + id + "/", Map.of("label", "dumont:42:2"));
        assertThat(relabel.json()).containsEntry("success", true);
        assertThat(client.show(id)).containsEntry("label", "dumont:42:2");
        assertThat(sim.instance(id).orElseThrow().label()).isEqualTo("dumont:42:2");
    }

    @Test
    void instancesCanBeFoundByLabelInTheV1List() {
        long wanted = create("dumont:7:1");
        create("dumont:8:1");
        create("dumont:8:1");
        SimClient.Reply reply = client.get("/api/v1/instances/?select_filters="
                + encoded(Map.of("label", Map.of("eq", "dumont:7:1"))) + "&order_by="
                + encoded(List.of(Map.of("col", "id", "dir", "asc"))) + "&limit=25");
        assertThat(reply.list("instances"))
                .extracting(i -> ((Number) i.get("id")).longValue())
                .containsExactly(wanted);
        assertThat(reply.json().get("label_counts")).isEqualTo(Map.of("dumont:7:1", 1, "dumont:8:1", 2));
        assertThat(reply.json()).containsEntry("total_instances", 3).containsEntry("next_token", null);
    }

    @Test
    void theV1ListPagesWithATokenAndRefusesComputedColumns() {
        for (int i = 0; i < 7; i++) {
            create("page");
        }
        SimClient.Reply first = client.get("/api/v1/instances/?limit=5");
        assertThat(first.list("instances")).hasSize(5);
        String token = (String) first.json().get("next_token");
        assertThat(token).isNotNull();
        SimClient.Reply second = client.get(
                "/api/v1/instances/?limit=5&after_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        assertThat(second.list("instances")).hasSize(2);
        assertThat(second.json()).containsEntry("next_token", null);

        SimClient.Reply computed =
                client.get("/api/v1/instances/?select_filters=" + encoded(Map.of("dph_total", Map.of("lt", 1))));
        assertThat(computed.status()).isEqualTo(400);
        assertThat((String) computed.json().get("msg")).contains("dph_total is not a valid search key");
        assertThat(client.get("/api/v1/instances/?after_token=garbage").json()).containsEntry("error", "invalid_token");
    }

    @Test
    void labelsAreLimitedAndNeedAnInstance() {
        long id = create("x");
        SimClient.Reply tooLong = client.put("/api/v0/instances/" + id + "/", Map.of("label", "l".repeat(1025)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json()).containsEntry("error", "label_too_long");

        SimClient.Reply missing = client.put("/api/v0/instances/999/", Map.of("label", "y"));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json()).containsEntry("error", "no_such_instance");

        SimClient.Reply paused = client.put("/api/v0/instances/" + id + "/", Map.of("paused", true));
        assertThat(paused.status()).isEqualTo(400);
    }
}
