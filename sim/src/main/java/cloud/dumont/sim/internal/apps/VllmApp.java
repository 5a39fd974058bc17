package cloud.dumont.sim.internal.apps;

import static java.nio.charset.StandardCharsets.UTF_8;

import cloud.dumont.sim.internal.Json;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stand-in for vLLM's OpenAI-compatible server. {@code /health} is the health path; {@code
 * /v1/models} names the model from {@code --model}, {@code vllm serve <model>} or {@code
 * MODEL_ID}; chat completions come back canned (streamed when asked). As in vLLM, {@code
 * --api-key} guards the {@code /v1} routes only, and {@code /metrics} stays open.
 */
final class VllmApp implements App {

    private static final String VERSION = "0.10.2";

    private final AppContext ctx;
    private final int port;
    private final String model;
    private final String apiKey;
    private final long created = System.currentTimeMillis() / 1000;
    private final AtomicLong running = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong promptTokens = new AtomicLong();
    private final AtomicLong generatedTokens = new AtomicLong();

    VllmApp(AppContext ctx, int port) {
        this.ctx = ctx;
        this.port = port;
        this.model = modelName(ctx);
        String key = ctx.option("--api-key");
        this.apiKey = key != null ? key : ctx.env().get("VLLM_API_KEY");
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = AppHttp.path(exchange);
        if (path.startsWith("/v1/") && apiKey != null && !apiKey.equals(AppHttp.authorization(exchange, "Bearer"))) {
            AppHttp.json(exchange, 401, Map.of("error", "Unauthorized"));
            return;
        }
        switch (path) {
            case "/health", "/ping" -> AppHttp.send(exchange, 200, "application/json", new byte[0]);
            case "/version" -> AppHttp.json(exchange, 200, Map.of("version", VERSION));
            case "/metrics" -> AppHttp.text(exchange, 200, "text/plain; version=0.0.4; charset=utf-8", metrics());
            case "/v1/models" -> AppHttp.json(exchange, 200, models());
            case "/v1/chat/completions", "/v1/completions" -> complete(exchange, path.endsWith("chat/completions"));
            case "/" -> AppHttp.html(exchange, 200, SimulatedPage.render(AppKind.VLLM.displayName(), ctx, port, ""));
            default -> AppHttp.json(exchange, 404, Map.of("detail", "Not Found"));
        }
    }

    private void complete(HttpExchange exchange, boolean chat) throws IOException {
        if (!exchange.getRequestMethod().equalsIgnoreCase("POST")) {
            AppHttp.json(exchange, 405, Map.of("detail", "Method Not Allowed"));
            return;
        }
        running.incrementAndGet();
        try {
            Map<String, Object> request =
                    Json.readObject(exchange.getRequestBody().readAllBytes());
            String reply = "This is a simulated reply from Dumont's Vast.ai simulator: no GPU is attached and no"
                    + " model is loaded.";
            int prompt = Math.max(1, Json.writeString(request).length() / 4);
            int generated = reply.split(" ").length;
            requests.incrementAndGet();
            promptTokens.addAndGet(prompt);
            generatedTokens.addAndGet(generated);
            if (Boolean.TRUE.equals(request.get("stream"))) {
                stream(exchange, chat, reply);
            } else {
                AppHttp.json(exchange, 200, completion(chat, reply, prompt, generated));
            }
        } catch (IllegalArgumentException e) {
            AppHttp.json(exchange, 400, Map.of("object", "error", "message", e.getMessage(), "code", 400));
        } finally {
            running.decrementAndGet();
        }
    }

    private Map<String, Object> completion(boolean chat, String reply, int prompt, int generated) {
        Map<String, Object> choice = new LinkedHashMap<>();
        choice.put("index", 0);
        if (chat) {
            choice.put("message", Map.of("role", "assistant", "content", reply));
        } else {
            choice.put("text", reply);
        }
        choice.put("finish_reason", "stop");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", (chat ? "chatcmpl-sim-" : "cmpl-sim-") + requests.get());
        body.put("object", chat ? "chat.completion" : "text_completion");
        body.put("created", System.currentTimeMillis() / 1000);
        body.put("model", model);
        body.put("choices", List.of(choice));
        body.put(
                "usage",
                Map.of("prompt_tokens", prompt, "completion_tokens", generated, "total_tokens", prompt + generated));
        return body;
    }

    private void stream(HttpExchange exchange, boolean chat, String reply) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            for (String word : reply.split(" ")) {
                Map<String, Object> delta = chat ? Map.of("content", word + " ") : Map.of();
                Map<String, Object> choice =
                        chat ? Map.of("index", 0, "delta", delta) : Map.of("index", 0, "text", word + " ");
                Map<String, Object> chunk = Map.of(
                        "id",
                        "chatcmpl-sim-" + requests.get(),
                        "object",
                        chat ? "chat.completion.chunk" : "text_completion",
                        "model",
                        model,
                        "choices",
                        List.of(choice));
                out.write(("data: " + Json.writeString(chunk) + "\n\n").getBytes(UTF_8));
            }
            out.write("data: [DONE]\n\n".getBytes(UTF_8));
        }
        exchange.close();
    }

    private Map<String, Object> models() {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", model);
        entry.put("object", "model");
        entry.put("created", created);
        entry.put("owned_by", "vllm");
        entry.put("root", model);
        entry.put("parent", null);
        entry.put("max_model_len", 32768);
        return Map.of("object", "list", "data", List.of(entry));
    }

    private String metrics() {
        String label = "{model_name=\"" + model + "\"}";
        return """
                # HELP vllm:num_requests_running Number of requests currently running on GPU.
                # TYPE vllm:num_requests_running gauge
                vllm:num_requests_running%1$s %2$d.0
                # HELP vllm:num_requests_waiting Number of requests waiting to be processed.
                # TYPE vllm:num_requests_waiting gauge
                vllm:num_requests_waiting%1$s 0.0
                # HELP vllm:gpu_cache_usage_perc GPU KV-cache usage. 1 means 100 percent usage.
                # TYPE vllm:gpu_cache_usage_perc gauge
                vllm:gpu_cache_usage_perc%1$s %3$s
                # HELP vllm:prompt_tokens_total Number of prefill tokens processed.
                # TYPE vllm:prompt_tokens_total counter
                vllm:prompt_tokens_total%1$s %4$d.0
                # HELP vllm:generation_tokens_total Number of generation tokens processed.
                # TYPE vllm:generation_tokens_total counter
                vllm:generation_tokens_total%1$s %5$d.0
                # HELP vllm:request_success_total Count of successfully processed requests.
                # TYPE vllm:request_success_total counter
                vllm:request_success_total{finished_reason="stop",model_name="%6$s"} %7$d.0
                """
                .formatted(
                        label,
                        running.get() + (ctx.busy().getAsBoolean() ? 1 : 0),
                        Double.toString(Math.min(1.0, ctx.gpuUtil().getAsDouble() / 100.0)),
                        promptTokens.get(),
                        generatedTokens.get(),
                        model,
                        requests.get());
    }

    static String modelName(AppContext ctx) {
        String served = ctx.option("--served-model-name");
        if (served != null) {
            return served;
        }
        String model = ctx.option("--model");
        if (model == null) {
            model = CommandLine.after(CommandLine.withEnvArgs(ctx.command(), ctx.env()), "serve");
        }
        for (String env : List.of("MODEL_ID", "MODEL_NAME", "VLLM_MODEL", "MODEL")) {
            if (model == null) {
                model = ctx.env().get(env);
            }
        }
        return model == null || model.isBlank() ? "simulated-model" : model;
    }
}
