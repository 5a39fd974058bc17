package cloud.dumont.sdk;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place that speaks HTTP for the SDK: JSON in snake_case both ways, the bearer token on every request, and
 * every non-2xx answer or broken connection turned into a {@link DumontException}.
 */
final class Http {

    static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            // A newer server may add fields and an older one may lack some (a missing number reads as 0, a missing
            // flag as false): the SDK must still read its answers. Jackson 3 refuses both by default.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private final HttpClient client;
    private final URI baseUrl;
    private final String token;
    private final Duration timeout;
    private final String userAgent;

    Http(HttpClient client, URI baseUrl, String token, Duration timeout, String userAgent) {
        this.client = client;
        this.baseUrl = baseUrl;
        this.token = token;
        this.timeout = timeout;
        this.userAgent = userAgent;
    }

    URI baseUrl() {
        return baseUrl;
    }

    Http withToken(String newToken) {
        return new Http(client, baseUrl, newToken, timeout, userAgent);
    }

    <T> T get(String path, Class<T> type) {
        return this.<T>call("GET", path, null, JSON.constructType(type)).orElse(null);
    }

    <T> T get(String path, JavaType type) {
        return this.<T>call("GET", path, null, type).orElse(null);
    }

    <T> T post(String path, Object body, Class<T> type) {
        return this.<T>call("POST", path, body, JSON.constructType(type)).orElse(null);
    }

    <T> T post(String path, Object body, JavaType type) {
        return this.<T>call("POST", path, body, type).orElse(null);
    }

    <T> T put(String path, Object body, Class<T> type) {
        return this.<T>call("PUT", path, body, JSON.constructType(type)).orElse(null);
    }

    <T> T delete(String path, Class<T> type) {
        return this.<T>call("DELETE", path, null, JSON.constructType(type)).orElse(null);
    }

    void delete(String path) {
        call("DELETE", path, null, null);
    }

    /** The answer's body as {@code type}; empty for 204 No Content or when no type is wanted. */
    <T> Optional<T> call(String method, String path, Object body, JavaType type) {
        HttpResponse<byte[]> response = exchange(method, path, body, "application/json");
        if (type == null || response.statusCode() == 204 || response.body().length == 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(response.body(), type));
        } catch (JacksonException e) {
            throw new DumontException(
                    new Problem(
                            "about:blank",
                            "Unreadable answer",
                            response.statusCode(),
                            "The server's answer to " + method + " " + path + " could not be read: "
                                    + e.getOriginalMessage(),
                            path,
                            null),
                    e);
        }
    }

    /** POSTs {@code body} as JSON and answers the body as text ({@code accept} names the kind, e.g. YAML). */
    String postForText(String path, Object body, String accept) {
        return new String(exchange("POST", path, body, accept).body(), StandardCharsets.UTF_8);
    }

    /** One request with a JSON body (if any); a refusal becomes a {@link DumontException}. */
    private HttpResponse<byte[]> exchange(String method, String path, Object body, String accept) {
        HttpRequest.Builder request = request(path, timeout)
                .header("Accept", accept + ", application/problem+json")
                .method(method, bodyOf(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<byte[]> response = send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() >= 400) {
            throw failure(response.statusCode(), response.body());
        }
        return response;
    }

    /** Opens a streaming GET (Server-Sent Events); the caller reads and closes the body. */
    HttpResponse<InputStream> stream(String path, String accept, String lastEventId) {
        // No overall timeout: a stream stays open as long as the server keeps sending.
        HttpRequest.Builder request =
                request(path, null).header("Accept", accept).GET();
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<InputStream> response = send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() >= 400) {
            try (InputStream body = response.body()) {
                throw failure(response.statusCode(), body.readAllBytes());
            } catch (IOException e) {
                throw DumontException.unreachable(baseUrl.toString(), e);
            }
        }
        return response;
    }

    private HttpRequest.Builder request(String path, Duration requestTimeout) {
        // Appended, not resolved: resolving the absolute path would drop a base URL's own path (a server behind a
        // proxy at https://example.org/dumont).
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(baseUrl + path)).header("User-Agent", userAgent);
        if (requestTimeout != null) {
            builder.timeout(requestTimeout);
        }
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static HttpRequest.BodyPublisher bodyOf(Object body) {
        return body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body));
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return client.send(request, handler);
        } catch (IOException e) {
            throw DumontException.unreachable(baseUrl.toString(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DumontException.unreachable(baseUrl.toString(), e);
        }
    }

    /** The server's problem detail when it sent one, else a problem made from the status alone (a proxy's page). */
    private static DumontException failure(int status, byte[] body) {
        try {
            // A problem without "status" reads as 0 and takes the response's below.
            Problem problem = JSON.readValue(body, Problem.class);
            if (problem != null && (problem.detail() != null || problem.title() != null)) {
                return new DumontException(problem.status() == 0 ? withStatus(problem, status) : problem);
            }
        } catch (JacksonException notAProblem) {
            // fall through: the answer was not problem+json
        }
        return new DumontException(new Problem("about:blank", "HTTP " + status, status, "HTTP " + status, null, null));
    }

    private static Problem withStatus(Problem p, int status) {
        return new Problem(p.type(), p.title(), status, p.detail(), p.instance(), p.errors());
    }
}
