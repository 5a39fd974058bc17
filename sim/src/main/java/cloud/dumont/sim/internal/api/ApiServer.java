package cloud.dumont.sim.internal.api;

import static java.nio.charset.StandardCharsets.UTF_8;

import cloud.dumont.sim.ApiFault;
import cloud.dumont.sim.RateLimit.TooManyRequestsBody;
import cloud.dumont.sim.internal.SimulatedVast;
import cloud.dumont.sim.internal.VastError;
import cloud.dumont.sim.internal.instance.LaunchException;
import cloud.dumont.sim.internal.market.QueryException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/**
 * The Vast.ai API on the JDK HTTP server. Each call goes through the same steps: injected fault,
 * route, API key (401), token bucket (429), then the route's handler; errors leave in Vast.ai's
 * JSON shape, never with a stack trace.
 */
public final class ApiServer implements AutoCloseable {

    private final SimulatedVast vast;
    private final String apiKey;
    private final Router router;
    private final TokenBuckets buckets;
    private final HttpServer server;

    public ApiServer(SimulatedVast vast, String apiKey, ExecutorService executor) {
        this.vast = vast;
        this.apiKey = apiKey;
        this.router = new Router()
                .addAll(OfferRoutes.routes(vast))
                .addAll(InstanceRoutes.routes(vast))
                .addAll(InstanceListV1.routes(vast))
                .addAll(AccountRoutes.routes(vast, apiKey));
        this.buckets = new TokenBuckets(vast.config().rateLimit(), System::nanoTime);
        try {
            this.server = HttpServer.create(
                    new InetSocketAddress(
                            vast.config().bindAddress(), vast.config().port()),
                    200);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot listen on port " + vast.config().port(), e);
        }
        server.setExecutor(executor);
        server.createContext("/", this::exchange);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void exchange(HttpExchange exchange) throws IOException {
        ApiResponse response;
        try {
            response = handle(read(exchange));
        } catch (RuntimeException e) {
            response = ApiResponse.error(new VastError(500, "server_error", "Internal error"));
        }
        write(exchange, response);
    }

    private ApiResponse handle(ApiRequest request) {
        pause(vast.config().apiLatency());
        Optional<ApiFault> fault = vast.failures().apiFaultFor(request.method(), request.path(), vast.apiRandom());
        if (fault.isPresent() && !fault.get().applied()) {
            return faultResponse(fault.get(), "1.0");
        }
        Optional<Router.Match> match = router.match(request.method(), request.path());
        if (match.isEmpty()) {
            boolean known = router.knowsPath(request.path());
            return ApiResponse.error(
                    known
                            ? new VastError(405, "method_not_allowed", "Method not allowed: " + request.path())
                            : new VastError(404, "not_found", "No such endpoint: " + request.path()));
        }
        Route route = match.get().route();
        String key = request.apiKey();
        if ((route.keyRequired() || key != null) && !apiKey.equals(key)) {
            return ApiResponse.error(new VastError(401, "auth_error", "Invalid user key"));
        }
        if (!buckets.tryAcquire(key != null ? "key:" + key : "ip:" + request.remoteAddress())) {
            return tooManyRequests(route);
        }
        ApiResponse response = run(route, request.withPathVars(match.get().vars()));
        return fault.isPresent() ? faultResponse(fault.get(), route.threshold()) : response;
    }

    private ApiResponse run(Route route, ApiRequest request) {
        try {
            return route.handler().handle(request);
        } catch (VastError e) {
            return ApiResponse.error(e);
        } catch (LaunchException e) {
            String msg = e.getMessage().startsWith("error ")
                    ? e.getMessage()
                    : "error 400/3467: Invalid args: " + e.getMessage();
            return ApiResponse.error(new VastError(400, e.error(), msg));
        } catch (QueryException e) {
            return ApiResponse.error(VastError.invalidArgs(e.getMessage()));
        }
    }

    private ApiResponse faultResponse(ApiFault fault, String threshold) {
        return switch (fault.kind()) {
            case RATE_LIMITED ->
                ApiResponse.text(429, "text/plain", "API requests too frequent endpoint threshold=" + threshold);
            case SERVER_ERROR ->
                fault.status() == 500
                        ? ApiResponse.error(new VastError(500, "server_error", "Internal Server Error"))
                        : gatewayPage(fault.status());
            case TIMEOUT -> {
                pause(fault.hang());
                yield gatewayPage(504);
            }
        };
    }

    /** 429 as Vast.ai words it, with no Retry-After header. */
    private ApiResponse tooManyRequests(Route route) {
        String msg = "API requests too frequent endpoint threshold=" + route.threshold();
        if (vast.config().rateLimit().body() == TooManyRequestsBody.PLAIN_TEXT) {
            return ApiResponse.text(429, "text/plain", msg);
        }
        if (route.method().equals("DELETE")) {
            return ApiResponse.error(new VastError(429, "rate_limit_exceeded", msg));
        }
        return ApiResponse.json(429, Map.of("detail", msg));
    }

    /** What the proxy in front of the API answers when the backend is down or slow. */
    private static ApiResponse gatewayPage(int status) {
        String title =
                switch (status) {
                    case 502 -> "502 Bad Gateway";
                    case 503 -> "503 Service Temporarily Unavailable";
                    case 504 -> "504 Gateway Time-out";
                    default -> status + " Server Error";
                };
        return ApiResponse.text(
                status,
                "text/html",
                "<html><head><title>" + title + "</title></head><body><center><h1>" + title
                        + "</h1></center><hr><center>nginx</center></body></html>\n");
    }

    private static ApiRequest read(HttpExchange exchange) throws IOException {
        return new ApiRequest(
                exchange.getRequestMethod().toUpperCase(Locale.ROOT),
                exchange.getRequestURI().getPath(),
                query(exchange.getRequestURI().getRawQuery()),
                exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestBody().readAllBytes(),
                exchange.getRemoteAddress().getAddress().getHostAddress(),
                exchange.getRequestHeaders().getFirst("Host"),
                List.of());
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> params = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), UTF_8);
            params.putIfAbsent(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), UTF_8));
        }
        return params;
    }

    private static void write(HttpExchange exchange, ApiResponse response) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", response.contentType());
        byte[] body = response.body();
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    private static void pause(Duration duration) {
        if (duration.isZero()) {
            return;
        }
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
