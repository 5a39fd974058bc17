package cloud.dumont.sim.internal.apps;

import cloud.dumont.sim.internal.Json;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for JupyterLab (jupyter_server). {@code GET /api} answers its version without auth,
 * as the real server does, so it is the health path. With a token (the {@code JUPYTER_TOKEN} env
 * var, or Vast.ai's jupyter token for jupyter runtypes) every other page needs {@code ?token=},
 * {@code Authorization: token ...} or the cookie set by a successful {@code ?token=}.
 */
final class JupyterApp implements App {

    static final String SERVER_VERSION = "2.15.0";
    private static final String COOKIE = "dumont-sim-jupyter";
    private static final String CONTENTS = "/api/contents/";

    private final AppContext ctx;
    private final int port;
    private final String token;
    private final Instant started = Instant.now();

    JupyterApp(AppContext ctx, int port) {
        this.ctx = ctx;
        this.port = port;
        String fromEnv = ctx.env().get("JUPYTER_TOKEN");
        this.token = fromEnv != null && !fromEnv.isBlank() ? fromEnv : ctx.vastJupyterToken();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = AppHttp.path(exchange);
        if (path.equals("/api")) {
            AppHttp.json(exchange, 200, Map.of("version", SERVER_VERSION));
            return;
        }
        if (path.equals("/login")) {
            AppHttp.html(exchange, 200, page("<p>Enter the instance's token to continue (?token=...).</p>"));
            return;
        }
        if (!authorized(exchange)) {
            if (path.startsWith("/api/")) {
                AppHttp.json(exchange, 403, Map.of("message", "Forbidden", "reason", null == token ? "" : "token"));
            } else {
                AppHttp.redirect(exchange, "/login?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8));
            }
            return;
        }
        if (token != null && token.equals(AppHttp.query(exchange).get("token"))) {
            exchange.getResponseHeaders().add("Set-Cookie", COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Lax");
        }
        if (path.startsWith(CONTENTS)) {
            contents(exchange, path.substring(CONTENTS.length()));
            return;
        }
        switch (path) {
            case "/api/status" -> AppHttp.json(exchange, 200, status());
            case "/api/kernels" -> AppHttp.json(exchange, 200, kernels());
            case "/api/sessions", "/api/terminals" -> AppHttp.json(exchange, 200, List.of());
            default -> AppHttp.html(exchange, 200, page("<p>Nothing runs here: no kernels, no GPU.</p>"));
        }
    }

    /**
     * Jupyter's contents API for text files in the instance's workspace: {@code PUT} a {@code {type: "file", format:
     * "text", content}} model, {@code GET} it back (404 when there is no such file).
     */
    private void contents(HttpExchange exchange, String path) throws IOException {
        try {
            switch (exchange.getRequestMethod()) {
                case "GET" -> {
                    byte[] content = ctx.workspace().read(path);
                    if (content == null) {
                        AppHttp.json(exchange, 404, Map.of("message", "No such file or directory: " + path));
                    } else {
                        AppHttp.json(exchange, 200, model(path, content, true));
                    }
                }
                case "PUT" -> {
                    Map<String, Object> body =
                            Json.readObject(exchange.getRequestBody().readAllBytes());
                    if (!"file".equals(body.get("type"))
                            || !"text".equals(body.get("format"))
                            || !(body.get("content") instanceof String text)) {
                        AppHttp.json(exchange, 400, Map.of("message", "Only text files are simulated"));
                        return;
                    }
                    boolean existed = ctx.workspace().read(path) != null;
                    byte[] content = text.getBytes(StandardCharsets.UTF_8);
                    ctx.workspace().write(path, content);
                    AppHttp.json(exchange, existed ? 200 : 201, model(path, content, false));
                }
                default -> AppHttp.json(exchange, 405, Map.of("message", "Method not allowed"));
            }
        } catch (IllegalArgumentException e) {
            AppHttp.json(exchange, 400, Map.of("message", e.getMessage()));
        }
    }

    private static Map<String, Object> model(String path, byte[] content, boolean withContent) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("name", path.substring(path.lastIndexOf('/') + 1));
        model.put("path", path);
        model.put("type", "file");
        model.put("format", withContent ? "text" : null);
        model.put("mimetype", "text/plain");
        model.put("size", content.length);
        model.put("writable", true);
        model.put("content", withContent ? new String(content, StandardCharsets.UTF_8) : null);
        return model;
    }

    private boolean authorized(HttpExchange exchange) {
        if (token == null) {
            return true;
        }
        return token.equals(AppHttp.query(exchange).get("token"))
                || token.equals(AppHttp.authorization(exchange, "token"))
                || token.equals(AppHttp.authorization(exchange, "Bearer"))
                || token.equals(AppHttp.cookie(exchange, COOKIE));
    }

    /** One kernel, busy while someone runs a cell; none when nobody works here. */
    private List<Map<String, Object>> kernels() {
        if (!ctx.busy().getAsBoolean()) {
            return List.of();
        }
        return List.of(Map.of(
                "id",
                "6f2a6a1e-0000-4000-8000-" + String.format("%012d", ctx.instanceId()),
                "name",
                "python3",
                "last_activity",
                Instant.now().toString(),
                "execution_state",
                "busy",
                "connections",
                1));
    }

    private Map<String, Object> status() {
        return Map.of(
                "started",
                started.toString(),
                "last_activity",
                Instant.now().toString(),
                "connections",
                0,
                "kernels",
                0);
    }

    private String page(String extra) {
        return SimulatedPage.render(AppKind.JUPYTER.displayName(), ctx, port, extra);
    }
}
