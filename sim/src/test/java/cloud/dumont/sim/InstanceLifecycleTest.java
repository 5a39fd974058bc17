package cloud.dumont.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Create, boot through Vast.ai's statuses on a driven clock, stop, start, destroy; what lives on the instance's disk. */
class InstanceLifecycleTest {

    private final ManualClock clock = ManualClock.startingAt2026();
    private VastSimulator sim;
    private SimClient client;

    @BeforeEach
    void start() {
        sim = VastSimulator.start(TestSims.manual(clock));
        client = new SimClient(sim);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private long createVllm() {
        long offer = client.cheapestOffer("RTX 4090");
        return client.create(
                offer,
                Map.of(
                        "client_id", "me",
                        "image", "vllm/vllm-openai:v0.10.2",
                        "runtype", "args",
                        "args", List.of("--model", "Qwen/Qwen2.5-7B-Instruct", "--host", "0.0.0.0", "--port", "8000"),
                        "env", Map.of("-p 8000:8000", "1"),
                        "disk", 40,
                        "label", "dumont:d1:1"));
    }

    private Map<String, Object> after(Duration elapsed, long id) {
        clock.advance(elapsed);
        return client.show(id);
    }

    @Test
    void bootsThroughCreatedAndLoadingToRunningWithAReachableHealthPath() {
        long id = createVllm();

        Map<String, Object> fresh = client.show(id);
        assertThat(fresh.get("actual_status")).isNull();
        assertThat(fresh).containsEntry("intended_status", "running").containsEntry("cur_state", "running");
        assertThat(fresh.get("ports")).isNull();

        assertThat(after(Duration.ofSeconds(3), id)).containsEntry("actual_status", "created");
        Map<String, Object> loading = after(Duration.ofSeconds(12), id);
        assertThat(loading).containsEntry("actual_status", "loading");
        assertThat((String) loading.get("status_msg")).startsWith("Pulling image");
        assertThat(loading.get("ports")).isNull();

        Map<String, Object> running = after(Duration.ofSeconds(45), id);
        assertThat(running)
                .containsEntry("actual_status", "running")
                .containsEntry("public_ipaddr", "127.0.0.1")
                .containsEntry("status_msg", "success, running vllm/vllm-openai_v0.10.2/args");
        int port = hostPort(running, "8000/tcp");
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                .build();
        assertThat(client.exchange(health).status()).isEqualTo(200);
        assertThat(sim.instance(id).orElseThrow().hostPort(8000)).hasValue(port);
    }

    @Test
    void stopClosesThePortsAndStartBringsTheInstanceBack() {
        long id = createVllm();
        int firstPort = hostPort(after(TestSims.BOOT, id), "8000/tcp");
        assertThat(TestSims.accepts(firstPort)).isTrue();

        assertThat(client.put("/api/v0/instances/" + id + "/", Map.of("state", "stopped"))
                        .json())
                .containsEntry("success", true);
        Map<String, Object> stopped = client.show(id);
        assertThat(stopped)
                .containsEntry("actual_status", "stopped")
                .containsEntry("intended_status", "stopped")
                .containsEntry("cur_state", "stopped")
                .containsEntry("next_state", "stopped");
        assertThat(stopped.get("ports")).isNull();
        assertThat(TestSims.accepts(firstPort)).isFalse();

        client.put("/api/v0/instances/" + id + "/", Map.of("state", "running"));
        assertThat(client.show(id)).containsEntry("intended_status", "running");
        Map<String, Object> again = after(TestSims.BOOT, id); // restarts take less than a first boot
        assertThat(again).containsEntry("actual_status", "running");
        assertThat(TestSims.accepts(hostPort(again, "8000/tcp"))).isTrue();
    }

    @Test
    void destroyRemovesTheInstanceClosesItsPortsAndRelistsTheMachine() {
        long offer = client.cheapestOffer("RTX 3090");
        long id = client.create(offer, Map.of("image", "ubuntu:22.04", "env", Map.of("-p 8080:8080", "1")));
        assertThat(sim.offer(offer)).isEmpty();
        int port = hostPort(after(TestSims.BOOT, id), "8080/tcp");

        assertThat(client.delete("/api/v0/instances/" + id + "/").json()).containsEntry("success", true);
        assertThat(client.get("/api/v0/instances/" + id + "/").json()).containsEntry("instances", null);
        assertThat(TestSims.accepts(port)).isFalse();
        assertThat(sim.instance(id).orElseThrow().destroyed()).isTrue();
        assertThat(sim.offer(offer)).isPresent();

        SimClient.Reply again = client.delete("/api/v0/instances/" + id + "/");
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.json()).containsEntry("success", false).containsEntry("error", "not_found");
    }

    @Test
    void rentedOffersCannotBeRentedTwice() {
        long offer = client.cheapestOffer("RTX 4090");
        client.create(offer, Map.of("image", "ubuntu:22.04"));
        SimClient.Reply second = client.put("/api/v0/asks/" + offer + "/", Map.of("image", "ubuntu:22.04"));
        assertThat(second.status()).isEqualTo(404);
        assertThat((String) second.json().get("msg")).contains("no_such_ask");
    }

    @Test
    void listsShowLiveInstancesOnly() {
        long a = createVllm();
        long b = createVllm();
        client.delete("/api/v0/instances/" + a + "/");
        Map<String, Object> legacy = client.get("/api/v0/instances?owner=me").json();
        assertThat(legacy).containsEntry("instances_found", 1);
        assertThat(client.get("/api/v1/instances/").list("instances"))
                .extracting(i -> ((Number) i.get("id")).longValue())
                .containsExactly(b);
        assertThat(sim.instances()).extracting(InstanceState::id).containsExactly(b);
    }

    @Test
    void gpuUtilisationIsReportedWhileRunningAndSettable() {
        long id = createVllm();
        assertThat(client.show(id).get("gpu_util")).isNull();
        after(TestSims.BOOT, id);
        sim.setGpuUtilization(id, 72.5);
        assertThat(client.show(id)).containsEntry("gpu_util", 72.5);
        assertThat(sim.instance(id).orElseThrow().gpuUtil()).isEqualTo(72.5);
    }

    @Test
    void creditFallsWhileInstancesRun() {
        long id = createVllm();
        after(Duration.ofHours(2), id);
        assertThat(credit()).isLessThan(100.0).isGreaterThan(90.0);
    }

    @Test
    void aStartedInstanceWhoseGpuWasTakenDoesNotRunSoItsGpuIsNotBilled() {
        long id = createVllm();
        after(TestSims.BOOT, id);
        client.put("/api/v0/instances/" + id + "/", Map.of("state", "stopped"));
        sim.takeGpu(id);

        client.put("/api/v0/instances/" + id + "/", Map.of("state", "running"));
        double creditBefore = credit();
        clock.advance(Duration.ofHours(1));

        InstanceState state = sim.instance(id).orElseThrow();
        assertThat(state.running()).isFalse();
        assertThat(creditBefore - credit())
                .as("an hour of its disk, not of its GPU (%s $/h in all)", state.dphTotal())
                .isLessThan(state.dphTotal() / 4);
    }

    @Test
    void workspaceFilesAreReadBackAndSurviveAStopAndStartButNotADestroy() {
        long id = createVllm();
        after(TestSims.BOOT, id);
        sim.writeWorkspaceFile(id, "/notebooks/a.ipynb", bytes("first"));
        sim.writeWorkspaceFile(id, "notebooks/a.ipynb", bytes("second"));
        sim.writeWorkspaceFile(id, "data/b.bin", new byte[] {1, 2, 3});

        client.put("/api/v0/instances/" + id + "/", Map.of("state", "stopped"));
        client.put("/api/v0/instances/" + id + "/", Map.of("state", "running"));
        assertThat(after(TestSims.BOOT, id)).containsEntry("actual_status", "running");

        var files = sim.workspaceFiles(id);
        assertThat(files).containsOnlyKeys("data/b.bin", "notebooks/a.ipynb");
        assertThat(files.get("notebooks/a.ipynb")).isEqualTo(bytes("second"));
        assertThat(files.get("data/b.bin")).containsExactly(1, 2, 3);
        files.clear();
        assertThat(sim.workspaceFiles(id)).as("a copy, not the volume").hasSize(2);
        assertThatThrownBy(() -> sim.writeWorkspaceFile(id, "../escape", bytes("x")))
                .isInstanceOf(IllegalArgumentException.class);

        client.delete("/api/v0/instances/" + id + "/");
        assertThatThrownBy(() -> sim.workspaceFiles(id))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no live instance " + id);
    }

    @Test
    void launchPicksTheBestOfferAndBulkCallsActOnMany() {
        SimClient.Reply launched = client.put(
                "/api/v0/launch_instance/",
                Map.of(
                        "client_id", "me",
                        "image", "ubuntu:22.04",
                        "q",
                                Map.of(
                                        "gpu_name", Map.of("eq", "RTX 4090"),
                                        "num_gpus", Map.of("eq", 1),
                                        "order", List.of(List.of("dph_total", "asc")))));
        long first = ((Number) launched.json().get("new_contract")).longValue();
        long cheapestLeft = client.cheapestOffer("RTX 4090");
        assertThat(sim.instance(first).orElseThrow().dphTotal())
                .isLessThanOrEqualTo(sim.offer(cheapestLeft).orElseThrow().dphBase() + 0.01);
        long second = createVllm();

        client.put("/api/v0/instances/", Map.of("ids", List.of(first, second), "state", "stopped"));
        assertThat(sim.instances()).allSatisfy(i -> assertThat(i.actualStatus()).isEqualTo("stopped"));

        client.put("/api/v0/instances/" + second + "/", Map.of("state", "running"));
        after(TestSims.BOOT, second);
        assertThat(client.put("/api/v0/instances/reboot/" + second + "/", Map.of())
                        .json())
                .containsEntry("success", true);
        assertThat(client.show(second).get("actual_status")).isNotEqualTo("running");
        assertThat(after(TestSims.BOOT, second)).containsEntry("actual_status", "running");

        client.send("DELETE", "/api/v0/instances/", Map.of("instance_ids", List.of(first, second)));
        assertThat(sim.instances()).isEmpty();
    }

    private double credit() {
        return ((Number) client.get("/api/v0/users/current/").json().get("credit")).doubleValue();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static int hostPort(Map<String, Object> instance, String key) {
        @SuppressWarnings("unchecked")
        Map<String, List<Map<String, String>>> ports = (Map<String, List<Map<String, String>>>) instance.get("ports");
        assertThat(ports).containsKey(key);
        Map<String, String> mapping = ports.get(key).get(0);
        assertThat(mapping).containsEntry("HostIp", "0.0.0.0");
        return Integer.parseInt(mapping.get("HostPort"));
    }
}
