package cloud.dumont.provider.vast;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Plays back answers recorded from the Vast.ai reference (files under {@code src/test/resources/vast/}) on
 * 127.0.0.1, and keeps every request it got. Answers are queued per method and path (query left out); the last one of
 * a queue repeats. An unplanned call gets 599, which no test expects.
 */
final class VastFixtureServer implements AutoCloseable {

    record Call(String method, String path, String query, String authorization, String body) {}

    private record Answer(int status, String contentType, String body) {}

    private final HttpServer server;
    private final Map<String, Deque<Answer>> answers = new HashMap<>();
    private final List<Call> calls = new ArrayList<>();

    VastFixtureServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::exchange);
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Queues {@code status} with the named fixture's content; {@code .txt} and {@code .html} go out as such. */
    VastFixtureServer answer(String method, String path, int status, String fixture) {
        String type =
                fixture.endsWith(".json") ? "application/json" : fixture.endsWith(".html") ? "text/html" : "text/plain";
        return answerText(method, path, status, type, read(fixture));
    }

    synchronized VastFixtureServer answerText(String method, String path, int status, String type, String body) {
        answers.computeIfAbsent(method + " " + path, k -> new ArrayDeque<>()).add(new Answer(status, type, body));
        return this;
    }

    synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    synchronized List<Call> calls(String method, String path) {
        return calls.stream()
                .filter(c -> c.method().equals(method) && c.path().equals(path))
                .toList();
    }

    static String read(String fixture) {
        try (InputStream in = VastFixtureServer.class.getResourceAsStream("/vast/" + fixture)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + fixture);
            }
            return new String(in.readAllBytes(), UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void exchange(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        Answer answer;
        synchronized (this) {
            calls.add(new Call(
                    method,
                    path,
                    exchange.getRequestURI().getRawQuery(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    new String(exchange.getRequestBody().readAllBytes(), UTF_8)));
            Deque<Answer> queue = answers.get(method + " " + path);
            answer = queue == null || queue.isEmpty()
                    ? new Answer(599, "text/plain", "no fixture for " + method + " " + path)
                    : queue.size() > 1 ? queue.poll() : queue.peek();
        }
        byte[] body = answer.body().getBytes(UTF_8);
        exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
