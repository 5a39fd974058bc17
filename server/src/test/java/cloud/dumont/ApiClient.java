package cloud.dumont;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for tests that call a running server the way any client would. */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public ApiClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public record Response(int status, String contentType, String body) {
        public JsonNode json() {
            return JSON.readTree(body);
        }
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), null);
    }

    public Response get(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), token);
    }

    public Response post(String path, String json) {
        return post(path, json, null);
    }

    public Response post(String path, String json, String token) {
        return send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)),
                token);
    }

    public Response put(String path, String json, String token) {
        return send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(json)),
                token);
    }

    /** Signs a new user up and in; returns their token. */
    public String newUser(String displayName) {
        String email = "u" + java.util.UUID.randomUUID() + "@test.local";
        Response signup = post(
                "/api/v1/auth/signup",
                "{\"email\":\"" + email + "\",\"password\":\"correct-horse-9\",\"display_name\":\"" + displayName
                        + "\"}");
        if (signup.status() != 201) {
            throw new IllegalStateException("signup failed: " + signup);
        }
        return login(email, "correct-horse-9");
    }

    public Response delete(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE(), token);
    }

    public Response send(HttpRequest.Builder request, String token) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String login(String email, String password) {
        Response r = post("/api/v1/auth/login", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
        if (r.status() != 200) {
            throw new IllegalStateException("login failed: " + r);
        }
        return r.json().get("access_token").asString();
    }
}
