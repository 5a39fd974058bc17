package cloud.dumont.deployment.internal;

import cloud.dumont.provider.CloudInstance;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asks a deployed app whether someone is working in it, through the app's own activity endpoint: a busy Jupyter
 * kernel, a ComfyUI prompt running or queued, a vLLM request running or waiting, a Stable Diffusion job. Apps Dumont
 * does not know have no such signal, and only their GPU decides.
 */
@Component
class AppActivity {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final Pattern VLLM_REQUESTS =
            Pattern.compile("^vllm:num_requests_(running|waiting)(?:\\{[^}]*})?\\s+([0-9.eE+-]+)", Pattern.MULTILINE);

    /** What the app said. */
    enum Kind {
        BUSY,
        IDLE,
        /** The app has no activity signal Dumont knows: its GPU alone decides. */
        NOT_APPLICABLE,
        /** It should have answered and did not: missing data never counts as idle. */
        UNKNOWN
    }

    record Reading(Kind kind, String detail) {}

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final JsonMapper json;

    AppActivity(JsonMapper json) {
        this.json = json;
    }

    Reading read(DeploymentEntity d, CloudInstance instance) {
        String image = d.getLaunchSpec().dockerImage().toLowerCase(Locale.ROOT);
        java.util.function.Function<Optional<String>, Reading> probe;
        String path;
        if (image.contains("vllm")) {
            path = "/metrics";
            probe = AppActivity::vllm;
        } else if (image.contains("comfy")) {
            path = "/queue";
            probe = this::comfy;
        } else if (image.contains("stable-diffusion")
                || image.contains("sd-webui")
                || image.contains("automatic1111")) {
            path = "/sdapi/v1/progress";
            probe = this::stableDiffusion;
        } else if (image.contains("jupyter") || image.contains("notebook")) {
            path = "/api/kernels?token=" + d.getAppSecret();
            probe = this::jupyter;
        } else {
            return new Reading(Kind.NOT_APPLICABLE, "no app activity signal");
        }
        // The health check's header where the app wants one (Jupyter takes its token in the URL, vLLM's metrics are
        // open).
        String authorization = AppAccess.healthAuthorization(d);
        return d.getLaunchSpec().ports().stream()
                .map(port -> instance.address(port.port()))
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .map(address -> probe.apply(get("http://" + address + path, authorization)))
                .orElseGet(() -> probe.apply(Optional.empty())); // no address yet: missing data, not idle
    }

    private Reading jupyter(Optional<String> body) {
        return body.flatMap(this::tree)
                .map(kernels -> {
                    for (JsonNode kernel : kernels) {
                        if ("busy".equals(kernel.path("execution_state").asString(""))) {
                            return new Reading(Kind.BUSY, "a Jupyter kernel is busy");
                        }
                    }
                    return new Reading(Kind.IDLE, "no Jupyter kernel busy");
                })
                .orElse(unknown("Jupyter"));
    }

    private Reading comfy(Optional<String> body) {
        return body.flatMap(this::tree)
                .map(queue -> queue.path("queue_running").size()
                                        + queue.path("queue_pending").size()
                                > 0
                        ? new Reading(Kind.BUSY, "ComfyUI has prompts queued")
                        : new Reading(Kind.IDLE, "ComfyUI queue empty"))
                .orElse(unknown("ComfyUI"));
    }

    private Reading stableDiffusion(Optional<String> body) {
        return body.flatMap(this::tree)
                .map(p -> p.path("state").path("job_count").asInt(0) > 0
                                || p.path("progress").asDouble(0) > 0
                        ? new Reading(Kind.BUSY, "a Stable Diffusion job is running")
                        : new Reading(Kind.IDLE, "no Stable Diffusion job"))
                .orElse(unknown("Stable Diffusion WebUI"));
    }

    private static Reading vllm(Optional<String> body) {
        if (body.isEmpty()) {
            return unknown("vLLM");
        }
        Matcher m = VLLM_REQUESTS.matcher(body.get());
        boolean seen = false;
        double requests = 0;
        while (m.find()) {
            seen = true;
            requests += Double.parseDouble(m.group(2));
        }
        if (!seen) {
            return unknown("vLLM");
        }
        return requests > 0
                ? new Reading(Kind.BUSY, "vLLM has requests running or waiting")
                : new Reading(Kind.IDLE, "no vLLM request");
    }

    private static Reading unknown(String app) {
        return new Reading(Kind.UNKNOWN, app + " did not say whether it is busy");
    }

    private Optional<JsonNode> tree(String body) {
        try {
            return Optional.of(json.readTree(body));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private Optional<String> get(String url, String authorization) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() / 100 == 2 ? Optional.of(answer.body()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
