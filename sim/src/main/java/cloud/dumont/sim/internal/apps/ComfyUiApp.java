package cloud.dumont.sim.internal.apps;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for ComfyUI: {@code /system_stats} (the health path) and {@code /queue} (idleness)
 * answer JSON, also under the newer {@code /api} prefix. ComfyUI has no auth of its own; when the
 * instance has {@code OPEN_BUTTON_TOKEN} (Vast.ai's images), it stands behind the Instance Portal,
 * which wants that token as {@code ?token=} (then a cookie) or as a bearer header.
 */
final class ComfyUiApp implements App {

    private static final String COOKIE = "dumont-sim-portal";

    private final AppContext ctx;
    private final int port;
    private final String portalToken;

    ComfyUiApp(AppContext ctx, int port) {
        this.ctx = ctx;
        this.port = port;
        String token = ctx.env().get("OPEN_BUTTON_TOKEN");
        this.portalToken = token == null || token.isBlank() ? null : token;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (portalToken != null) {
            if (!portalAuthorized(exchange)) {
                AppHttp.text(exchange, 401, "text/plain; charset=utf-8", "Unauthorized: open the link with ?token=");
                return;
            }
            if (portalToken.equals(AppHttp.query(exchange).get("token"))) {
                exchange.getResponseHeaders()
                        .add("Set-Cookie", COOKIE + "=" + portalToken + "; Path=/; HttpOnly; SameSite=Lax");
            }
        }
        String path = AppHttp.path(exchange);
        if (path.startsWith("/api/")) {
            path = path.substring(4);
        }
        switch (path) {
            case "/system_stats" -> AppHttp.json(exchange, 200, systemStats());
            case "/queue" ->
                AppHttp.json(
                        exchange,
                        200,
                        Map.of(
                                "queue_running",
                                ctx.busy().getAsBoolean() ? List.of(List.of(0, "simulated-prompt")) : List.of(),
                                "queue_pending",
                                List.of()));
            case "/prompt" -> AppHttp.json(exchange, 200, Map.of("exec_info", Map.of("queue_remaining", 0)));
            case "/", "/index.html" ->
                AppHttp.html(exchange, 200, SimulatedPage.render(AppKind.COMFYUI.displayName(), ctx, port, ""));
            default -> AppHttp.text(exchange, 404, "text/plain; charset=utf-8", "404: Not Found");
        }
    }

    private boolean portalAuthorized(HttpExchange exchange) {
        return portalToken.equals(AppHttp.query(exchange).get("token"))
                || portalToken.equals(AppHttp.authorization(exchange, "Bearer"))
                || portalToken.equals(AppHttp.cookie(exchange, COOKIE));
    }

    private Map<String, Object> systemStats() {
        Map<String, Object> system = new LinkedHashMap<>();
        system.put("os", "posix");
        system.put("ram_total", 68_719_476_736L);
        system.put("ram_free", 60_129_542_144L);
        system.put("comfyui_version", "0.3.60");
        system.put("python_version", "3.12.3 (simulated)");
        system.put("pytorch_version", "2.8.0+cu128");
        system.put("embedded_python", false);
        system.put("argv", List.of("main.py", "--listen", "0.0.0.0", "--port", String.valueOf(port)));
        long vram = ctx.gpuRamMb() * 1024L * 1024L;
        Map<String, Object> device = new LinkedHashMap<>();
        device.put("name", "cuda:0 SIMULATED " + ctx.gpuName() + " (no GPU attached) : cudaMallocAsync");
        device.put("type", "cuda");
        device.put("index", 0);
        device.put("vram_total", vram);
        device.put("vram_free", vram);
        device.put("torch_vram_total", 0);
        device.put("torch_vram_free", 0);
        return Map.of("system", system, "devices", List.of(device));
    }
}
