package cloud.dumont.provider.vast;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Sends one request to the Vast.ai API and reads the answer; no retries, no interpretation. The key travels only in
 * the {@code Authorization} header (never in the URL, which ends up in logs), and the debug line names the method, the
 * path without its query, the status and the time taken: no headers, no bodies, since bodies hold environment
 * variables. Thread-safe: the JDK client is.
 */
final class VastHttp implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(VastHttp.class);
    private static final String USER_AGENT = "dumont-vast-adapter";

    private final URI baseUrl;
    private final String apiKey;
    private final Duration requestTimeout;
    private final HttpClient client;

    VastHttp(URI baseUrl, String apiKey, Duration connectTimeout, Duration requestTimeout) {
        String url = baseUrl.toString();
        this.baseUrl = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        this.apiKey = apiKey;
        this.requestTimeout = requestTimeout;
        // HTTP/1.1: the simulator is a plain JDK server, and Vast.ai gains nothing from h2 for a handful of calls.
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * @param pathAndQuery e.g. {@code /api/v0/instances/12/?owner=me}
     * @param body sent as JSON; null sends no body
     * @throws IOException when there is no answer (connection refused or reset, timeout)
     */
    VastResponse send(String method, String pathAndQuery, JsonNode body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                .timeout(requestTimeout)
                .header("Accept", "application/json")
                .header("User-Agent", USER_AGENT)
                .header("Authorization", "Bearer " + apiKey);
        if (body == null) {
            request.method(method, BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, BodyPublishers.ofString(VastJson.MAPPER.writeValueAsString(body), UTF_8));
        }
        String path = pathOnly(pathAndQuery);
        long start = System.nanoTime();
        try {
            var response = client.send(request.build(), BodyHandlers.ofString(UTF_8));
            log.debug("Vast.ai {} {} -> {} in {} ms", method, path, response.statusCode(), millisSince(start));
            return VastResponse.of(response.statusCode(), withoutKey(response.body()));
        } catch (IOException e) {
            log.debug(
                    "Vast.ai {} {} -> {} after {} ms",
                    method,
                    path,
                    e.getClass().getSimpleName(),
                    millisSince(start));
            throw e;
        }
    }

    /** Vast.ai has no reason to echo the key, but its messages go into exceptions and logs: make sure. */
    private String withoutKey(String body) {
        return body == null || apiKey.isEmpty() ? body : body.replace(apiKey, "***");
    }

    URI baseUrl() {
        return baseUrl;
    }

    /** Lets calls in flight finish without waiting for them; new calls are refused. */
    @Override
    public void close() {
        client.shutdown();
    }

    @Override
    public String toString() {
        return "VastHttp[" + baseUrl + "]";
    }

    private static String pathOnly(String pathAndQuery) {
        int query = pathAndQuery.indexOf('?');
        return query < 0 ? pathAndQuery : pathAndQuery.substring(0, query);
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
