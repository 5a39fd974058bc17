package cloud.dumont.sim;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The apps behind a running instance's ports, picked by image and port. */
class InstanceAppsTest {

    private static final String NOTICE = "run by Dumont's Vast.ai simulator — no GPU is attached";

    private final ManualClock clock = ManualClock.startingAt2026();
    private VastSimulator sim;
    private SimClient api;
    private SimClient web;

    @BeforeEach
    void start() {
        sim = VastSimulator.start(TestSims.manual(clock));
        api = new SimClient(sim);
        web = api.withKey(null);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    /** Creates an instance, lets it boot, and returns it with its ports open. */
    private InstanceState running(Map<String, Object> launch) {
        long id = api.create(api.cheapestOffer("RTX 4090"), launch);
        clock.advance(TestSims.BOOT);
        sim.refresh();
        InstanceState state = sim.instance(id).orElseThrow();
        assertThat(state.running()).isTrue();
        return state;
    }

    private SimClient.Reply get(InstanceState instance, int containerPort, String path, String... headers) {
        URI uri = URI.create(
                "http://127.0.0.1:" + instance.hostPort(containerPort).orElseThrow() + path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri);
        if (headers.length > 0) {
            request.headers(headers);
        }
        return web.exchange(request.build());
    }

    private SimClient.Reply post(
            InstanceState instance, int containerPort, String path, String body, String... headers) {
        URI uri = URI.create(
                "http://127.0.0.1:" + instance.hostPort(containerPort).orElseThrow() + path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return web.exchange(request.build());
    }

    @Test
    void jupyterAnswersApiOpenlyAndGuardsPagesWithItsToken() {
        InstanceState jupyter = running(Map.of(
                "image", "quay.io/jupyter/pytorch-notebook:cuda12-2025-08-18",
                "runtype", "args",
                "env", Map.of("JUPYTER_TOKEN", "t0ken", "-p 8888:8888", "1")));
        assertThat(get(jupyter, 8888, "/api").json()).containsKey("version");
        SimClient.Reply refused = get(jupyter, 8888, "/lab");
        assertThat(refused.status()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).startsWith("/login"));

        SimClient.Reply page = get(jupyter, 8888, "/lab?token=t0ken");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("This is a SIMULATED JupyterLab instance " + NOTICE);
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        assertThat(get(jupyter, 8888, "/tree", "Cookie", cookie).status()).isEqualTo(200);
        assertThat(get(jupyter, 8888, "/api/status", "Authorization", "token t0ken")
                        .status())
                .isEqualTo(200);
        assertThat(get(jupyter, 8888, "/api/status").status()).isEqualTo(403);
    }

    @Test
    void vastsJupyterRuntypeServesOn8080WithTheInstanceToken() {
        InstanceState vast = running(Map.of(
                "image", "vastai/pytorch:@vastai-automatic-tag",
                "runtype", "jupyter_direc ssh_direc ssh_proxy",
                "use_jupyter_lab", true));
        String token = (String) api.show(vast.id()).get("jupyter_token");
        assertThat(get(vast, 8080, "/lab").status()).isEqualTo(302);
        assertThat(get(vast, 8080, "/lab?token=" + token).body()).contains("SIMULATED JupyterLab");
    }

    @Test
    void comfyUiAnswersSystemStatsAndQueue() {
        InstanceState comfy = running(Map.of(
                "image", "yanwk/comfyui-boot:cu128-slim", "runtype", "args", "env", Map.of("-p 8188:8188", "1")));
        assertThat(get(comfy, 8188, "/system_stats").json()).containsKeys("system", "devices");
        assertThat(get(comfy, 8188, "/queue").json()).containsEntry("queue_running", List.of());
        assertThat(get(comfy, 8188, "/").body()).contains("This is a SIMULATED ComfyUI instance " + NOTICE);
    }

    @Test
    void comfyUiBehindTheInstancePortalWantsItsToken() {
        InstanceState comfy = running(Map.of(
                "image",
                "vastai/comfyui:@vastai-automatic-tag",
                "runtype",
                "args",
                "env",
                Map.of("-p 8188:8188", "1", "OPEN_BUTTON_TOKEN", "p0rtal")));
        assertThat(get(comfy, 8188, "/system_stats").status()).isEqualTo(401);
        assertThat(get(comfy, 8188, "/system_stats", "Authorization", "Bearer wrong")
                        .status())
                .isEqualTo(401);
        assertThat(get(comfy, 8188, "/system_stats", "Authorization", "Bearer p0rtal")
                        .json())
                .containsKeys("system", "devices");
        SimClient.Reply page = get(comfy, 8188, "/?token=p0rtal");
        assertThat(page.body()).contains("SIMULATED ComfyUI");
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        assertThat(get(comfy, 8188, "/queue", "Cookie", cookie).status()).isEqualTo(200);
    }

    @Test
    void sdWebUiHonoursGradioAuthForPagesAndApiAuthForTheApi() {
        InstanceState sd = running(Map.of(
                "image", "ghcr.io/ai-dock/stable-diffusion-webui:latest-cuda",
                "runtype", "args",
                "env",
                        Map.of(
                                "COMMANDLINE_ARGS", "--listen --api --gradio-auth admin:pw1 --api-auth bot:pw2",
                                "-p 7860:7860", "1")));
        assertThat(get(sd, 7860, "/").body())
                .contains("SIMULATED Stable Diffusion WebUI")
                .contains("<form");
        assertThat(get(sd, 7860, "/", "Authorization", basic("admin:pw1")).body())
                .doesNotContain("<form");
        SimClient.Reply login = post(
                sd, 7860, "/login", "username=admin&password=pw1", "Content-Type", "application/x-www-form-urlencoded");
        assertThat(login.status()).isEqualTo(302);

        assertThat(get(sd, 7860, "/sdapi/v1/sd-models").status()).isEqualTo(401);
        SimClient.Reply models = get(sd, 7860, "/sdapi/v1/sd-models", "Authorization", basic("bot:pw2"));
        assertThat(models.status()).isEqualTo(200);
        assertThat(models.body()).contains("v1-5-pruned-emaonly");
    }

    @Test
    void sdWebUiApiIsOpenWithoutApiAuth() {
        InstanceState sd = running(Map.of(
                "image",
                "universonic/stable-diffusion-webui:latest",
                "runtype",
                "args",
                "args",
                List.of("--listen", "--api"),
                "env",
                Map.of("-p 7860:7860", "1")));
        assertThat(get(sd, 7860, "/sdapi/v1/sd-models").status()).isEqualTo(200);
    }

    @Test
    void vllmServesModelsChatAndMetricsBehindItsApiKey() {
        InstanceState vllm = running(Map.of(
                "image",
                "vllm/vllm-openai:v0.10.2",
                "runtype",
                "args",
                "args",
                List.of("--model", "Qwen/Qwen2.5-7B-Instruct", "--port", "8000", "--api-key", "sk-sim"),
                "env",
                Map.of("-p 8000:8000", "1")));
        assertThat(get(vllm, 8000, "/health").status()).isEqualTo(200);
        assertThat(get(vllm, 8000, "/v1/models").status()).isEqualTo(401);
        SimClient.Reply models = get(vllm, 8000, "/v1/models", "Authorization", "Bearer sk-sim");
        assertThat(models.list("data")).extracting(m -> m.get("id")).containsExactly("Qwen/Qwen2.5-7B-Instruct");

        String chat = "{\"model\":\"Qwen/Qwen2.5-7B-Instruct\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
        SimClient.Reply reply = post(vllm, 8000, "/v1/chat/completions", chat, "Authorization", "Bearer sk-sim");
        assertThat(reply.json()).containsEntry("object", "chat.completion");
        assertThat(reply.body()).contains("simulated reply");

        String streamed = chat.replace("}]}", "}],\"stream\":true}");
        SimClient.Reply stream = post(vllm, 8000, "/v1/chat/completions", streamed, "Authorization", "Bearer sk-sim");
        assertThat(stream.contentType()).startsWith("text/event-stream");
        assertThat(stream.body()).contains("chat.completion.chunk").endsWith("data: [DONE]\n\n");

        assertThat(get(vllm, 8000, "/metrics").body())
                .contains("vllm:num_requests_running{model_name=\"Qwen/Qwen2.5-7B-Instruct\"}")
                .contains("vllm:request_success_total");
        assertThat(get(vllm, 8000, "/").body()).contains("This is a SIMULATED vLLM instance " + NOTICE);
    }

    @Test
    void vllmTakesItsModelFromServeInOnstart() {
        InstanceState vllm = running(Map.of(
                "image", "vllm/vllm-openai:latest",
                "runtype", "ssh_direc ssh_proxy",
                "env", Map.of("MODEL_ID", "Qwen/Qwen2.5-3B-Instruct", "-p 8000:8000", "1"),
                "onstart", "env >> /etc/environment; vllm serve $MODEL_ID --port 8000 &"));
        assertThat(get(vllm, 8000, "/v1/models").list("data"))
                .extracting(m -> m.get("id"))
                .containsExactly("Qwen/Qwen2.5-3B-Instruct");
    }

    @Test
    void directSshAnswersWithABannerAndOtherPortsWithThePlainPage() throws Exception {
        InstanceState box = running(
                Map.of("image", "ubuntu:22.04", "runtype", "ssh_direc ssh_proxy", "env", Map.of("-p 9000:9000", "1")));
        try (Socket socket = new Socket("127.0.0.1", box.hostPort(22).orElseThrow());
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), UTF_8))) {
            assertThat(in.readLine()).startsWith("SSH-2.0-");
        }
        assertThat(get(box, 9000, "/anything").body()).contains("This is a SIMULATED container instance " + NOTICE);
    }

    @Test
    void gpuUtilisationShowsInTheApiAndTheVllmMetrics() {
        InstanceState vllm = running(
                Map.of("image", "vllm/vllm-openai:latest", "runtype", "args", "env", Map.of("-p 8000:8000", "1")));
        sim.setGpuUtilization(vllm.id(), 90);
        assertThat(api.show(vllm.id())).containsEntry("gpu_util", 90.0);
        assertThat(get(vllm, 8000, "/metrics").body())
                .contains("vllm:gpu_cache_usage_perc{model_name=\"simulated-model\"} 0.9");
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(UTF_8));
    }
}
