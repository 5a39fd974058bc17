package cloud.dumont.sim;

import static java.nio.charset.StandardCharsets.UTF_8;

import cloud.dumont.sim.internal.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A JDK HttpClient talking to the simulator the way a Vast.ai client does (Bearer key, JSON). */
final class SimClient {

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private final URI base;
    private final String key;

    SimClient(VastSimulator sim) {
        this(sim.baseUrl(), sim.apiKey());
    }

    SimClient(URI base, String key) {
        this.base = base;
        this.key = key;
    }

    SimClient withKey(String other) {
        return new SimClient(base, other);
    }

    Reply get(String path) {
        return send("GET", path, null);
    }

    Reply post(String path, Object body) {
        return send("POST", path, body);
    }

    Reply put(String path, Object body) {
        return send("PUT", path, body);
    }

    Reply delete(String path) {
        return send("DELETE", path, Map.of());
    }

    Reply send(String method, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(5));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        HttpRequest.BodyPublisher publisher = body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(Json.write(body));
        return exchange(request.method(method, publisher).build());
    }

    Reply exchange(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(UTF_8));
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Searches with the CLI's default filters and returns the cheapest 1x offer of the GPU. */
    long cheapestOffer(String gpuName) {
        Reply reply = post(
                "/api/v0/bundles/",
                Map.of(
                        "gpu_name", Map.of("eq", gpuName),
                        "num_gpus", Map.of("eq", 1),
                        "rentable", Map.of("eq", true),
                        "order", List.of(List.of("dph_total", "asc")),
                        "limit", 1));
        List<Map<String, Object>> offers = reply.list("offers");
        if (offers.isEmpty()) {
            throw new IllegalStateException("no " + gpuName + " offer");
        }
        return ((Number) offers.get(0).get("id")).longValue();
    }

    long create(long offerId, Map<String, Object> body) {
        Reply reply = put("/api/v0/asks/" + offerId + "/", body);
        if (reply.status() != 200) {
            throw new IllegalStateException("create failed: " + reply);
        }
        return ((Number) reply.json().get("new_contract")).longValue();
    }

    Map<String, Object> show(long id) {
        return reply(get("/api/v0/instances/" + id + "/?owner=me"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> reply(Reply reply) {
        return (Map<String, Object>) reply.json().get("instances");
    }

    record Reply(int status, HttpHeaders headers, String body) {

        @SuppressWarnings("unchecked")
        Map<String, Object> json() {
            return (Map<String, Object>) Json.read(body.getBytes(UTF_8));
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list(String field) {
            return (List<Map<String, Object>>) json().get(field);
        }

        String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }
    }
}
