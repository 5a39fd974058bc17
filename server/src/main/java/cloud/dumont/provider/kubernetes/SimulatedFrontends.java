package cloud.dumont.provider.kubernetes;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAI-compatible endpoints behind the simulated cluster's frontend Services. The stand-in operator opens one when
 * every pod of a DynamoGraphDeployment is ready and closes it when one is not; the API server's service proxy (see
 * {@link SimulatedClusterDispatcher}) sends requests here. No model runs: every answer says it is simulated, and echoes
 * what it was sent so the whole path (UI, Dumont, Kubernetes API proxy, frontend) is visibly exercised.
 */
final class SimulatedFrontends {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Served model name by "namespace/service". */
    private final Map<String, String> serving = new ConcurrentHashMap<>();

    private final AtomicLong completions = new AtomicLong();

    void open(String namespace, String service, String servedModelName) {
        serving.put(namespace + "/" + service, servedModelName);
    }

    void close(String namespace, String service) {
        serving.remove(namespace + "/" + service);
    }

    boolean serving(String namespace, String service) {
        return serving.containsKey(namespace + "/" + service);
    }

    /** Closes every endpoint whose {@code namespace/service} is not in {@code keep} (its DGD is gone). */
    void retainOnly(java.util.Set<String> keep) {
        serving.keySet().retainAll(keep);
    }

    /**
     * Answers a request proxied to {@code service}; the status and body are what a Dynamo frontend (or, when no
     * endpoint is ready, the API server) would send.
     */
    Answer answer(String namespace, String service, String method, String path, String body) {
        String model = serving.get(namespace + "/" + service);
        if (model == null) {
            return new Answer(
                    503,
                    JSON.writeValueAsString(Map.of(
                            "kind", "Status",
                            "apiVersion", "v1",
                            "status", "Failure",
                            "message", "no endpoints available for service \"" + service + "\"",
                            "reason", "ServiceUnavailable",
                            "code", 503)));
        }
        if (path.equals("/v1/models") && method.equals("GET")) {
            return new Answer(
                    200,
                    JSON.writeValueAsString(
                            Map.of("object", "list", "data", List.of(Map.of("id", model, "object", "model")))));
        }
        if (!path.equals("/v1/chat/completions") || !method.equals("POST")) {
            return error(404, "Not found: " + method + " " + path);
        }
        JsonNode request;
        try {
            request = JSON.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (RuntimeException e) {
            return error(400, "The request body is not JSON");
        }
        String asked = request.path("model").asString("");
        if (!asked.equals(model)) {
            return error(404, "Model not found: '" + asked + "'; this frontend serves '" + model + "'");
        }
        JsonNode messages = request.path("messages");
        if (!messages.isArray() || messages.isEmpty()) {
            return error(400, "messages must be a non-empty list");
        }
        String last = messages.get(messages.size() - 1).path("content").asString("");
        String content = "Simulated answer from Dumont's simulated Kubernetes cluster: no model runs here, so "
                + model + " did not read this. Your message (" + words(last) + ") went from Dumont through the"
                + " Kubernetes API server's service proxy to " + service + ", as it would on a real cluster: \""
                + abbreviate(last) + "\"";
        long id = completions.incrementAndGet();
        Map<String, Object> answer = Map.of(
                "id",
                "chatcmpl-simulated-" + id,
                "object",
                "chat.completion",
                "created",
                Instant.now().getEpochSecond(),
                "model",
                model,
                "choices",
                List.of(Map.of(
                        "index",
                        0,
                        "message",
                        Map.of("role", "assistant", "content", content),
                        "finish_reason",
                        "stop")),
                "usage",
                Map.of(
                        "prompt_tokens", tokens(last),
                        "completion_tokens", tokens(content),
                        "total_tokens", tokens(last) + tokens(content)));
        return new Answer(200, JSON.writeValueAsString(answer));
    }

    private static Answer error(int status, String message) {
        return new Answer(
                status,
                JSON.writeValueAsString(Map.of(
                        "error",
                        Map.of(
                                "message",
                                message,
                                "type",
                                status == 404 ? "NotFoundError" : "BadRequestError",
                                "code",
                                status))));
    }

    private static String words(String text) {
        int n = text.isBlank() ? 0 : text.trim().split("\\s+").length;
        return n == 1 ? "1 word" : n + " words";
    }

    private static int tokens(String text) {
        // Roughly four characters per token, as OpenAI's rule of thumb has it.
        return Math.max(1, text.length() / 4);
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ").trim();
        return flat.length() <= 200 ? flat : flat.substring(0, 199) + "…";
    }

    /** The served model name a worker's arguments declare: {@code --served-model-name}, else the model itself. */
    static Optional<String> servedModelName(List<String> args) {
        String model = null;
        for (int i = 0; i + 1 < args.size(); i++) {
            String flag = args.get(i).toLowerCase(Locale.ROOT);
            if (flag.equals("--served-model-name")) {
                return Optional.of(args.get(i + 1));
            }
            if (model == null && (flag.equals("--model") || flag.equals("--model-path"))) {
                model = args.get(i + 1);
            }
        }
        return Optional.ofNullable(model);
    }

    record Answer(int status, String body) {}
}
