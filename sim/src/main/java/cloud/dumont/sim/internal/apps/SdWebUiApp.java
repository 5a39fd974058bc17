package cloud.dumont.sim.internal.apps;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A stand-in for AUTOMATIC1111's Stable Diffusion WebUI. {@code --gradio-auth user:pass} guards
 * the UI with a login form (or Basic auth); {@code --api-auth} guards {@code /sdapi/}, which is
 * otherwise open, as in the real WebUI. {@code /sdapi/v1/sd-models} is the health path.
 */
final class SdWebUiApp implements App {

    private static final String COOKIE = "dumont-sim-gradio";
    /** A 1x1 transparent PNG: txt2img answers with a real, if tiny, image. */
    private static final String TINY_PNG =
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

    private final AppContext ctx;
    private final int port;
    private final Set<String> uiCredentials;
    private final Set<String> apiCredentials;
    private final Set<String> sessions = ConcurrentHashMap.newKeySet();

    SdWebUiApp(AppContext ctx, int port) {
        this.ctx = ctx;
        this.port = port;
        this.uiCredentials = credentials(ctx.option("--gradio-auth"));
        this.apiCredentials = credentials(ctx.option("--api-auth"));
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = AppHttp.path(exchange);
        if (path.startsWith("/sdapi/")) {
            if (!apiCredentials.isEmpty() && !matches(apiCredentials, AppHttp.basicCredentials(exchange))) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Basic");
                AppHttp.json(exchange, 401, Map.of("detail", "Incorrect username or password"));
                return;
            }
            api(exchange, path);
            return;
        }
        if (path.equals("/login") && exchange.getRequestMethod().equalsIgnoreCase("POST")) {
            login(exchange);
            return;
        }
        if (!uiCredentials.isEmpty() && !loggedIn(exchange)) {
            AppHttp.html(exchange, 200, page(loginForm()));
            return;
        }
        AppHttp.html(exchange, 200, page("<p>Model: v1-5-pruned-emaonly (simulated, nothing is loaded).</p>"));
    }

    private void api(HttpExchange exchange, String path) throws IOException {
        switch (path) {
            case "/sdapi/v1/sd-models" -> AppHttp.json(exchange, 200, List.of(model()));
            case "/sdapi/v1/progress" ->
                AppHttp.json(
                        exchange,
                        200,
                        ctx.busy().getAsBoolean()
                                ? Map.of("progress", 0.4, "eta_relative", 12.0, "state", Map.of("job_count", 1))
                                : Map.of("progress", 0.0, "eta_relative", 0.0, "state", Map.of("job_count", 0)));
            case "/sdapi/v1/options" ->
                AppHttp.json(
                        exchange, 200, Map.of("sd_model_checkpoint", "v1-5-pruned-emaonly.safetensors [6ce0161689]"));
            case "/sdapi/v1/txt2img", "/sdapi/v1/img2img" ->
                AppHttp.json(
                        exchange,
                        200,
                        Map.of(
                                "images", List.of(TINY_PNG),
                                "parameters", Map.of(),
                                "info", "Simulated by Dumont's Vast.ai simulator; no GPU is attached."));
            default -> AppHttp.json(exchange, 404, Map.of("detail", "Not Found"));
        }
    }

    private void login(HttpExchange exchange) throws IOException {
        Map<String, String> form = AppHttp.form(AppHttp.body(exchange));
        if (!uiCredentials.contains(form.get("username") + ":" + form.get("password"))) {
            AppHttp.html(exchange, 401, page("<p>Incorrect credentials.</p>" + loginForm()));
            return;
        }
        String session = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        sessions.add(session);
        exchange.getResponseHeaders().add("Set-Cookie", COOKIE + "=" + session + "; Path=/; HttpOnly; SameSite=Lax");
        AppHttp.redirect(exchange, "/");
    }

    private boolean loggedIn(HttpExchange exchange) {
        String session = AppHttp.cookie(exchange, COOKIE);
        return (session != null && sessions.contains(session))
                || matches(uiCredentials, AppHttp.basicCredentials(exchange));
    }

    private static Map<String, Object> model() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "v1-5-pruned-emaonly.safetensors [6ce0161689]");
        model.put("model_name", "v1-5-pruned-emaonly");
        model.put("hash", "6ce0161689");
        model.put("sha256", "6ce0161689b3853acaa03779ec93eafe75a02f4ced659bee03f50797806fa2fa");
        model.put(
                "filename",
                "/workspace/stable-diffusion-webui/models/Stable-diffusion/v1-5-pruned-emaonly.safetensors");
        model.put("config", null);
        return model;
    }

    private static boolean matches(Set<String> credentials, String given) {
        return given != null && credentials.contains(given);
    }

    private static Set<String> credentials(String option) {
        if (option == null || option.isBlank()) {
            return Set.of();
        }
        return Set.copyOf(Arrays.stream(option.split(","))
                .map(String::trim)
                .filter(s -> s.contains(":"))
                .toList());
    }

    private String loginForm() {
        return """
                <form method="post" action="/login">
                <label>Username <input name="username" autocomplete="username"></label>
                <label>Password <input name="password" type="password" autocomplete="current-password"></label>
                <button type="submit">Login</button>
                </form>""";
    }

    private String page(String extra) {
        return SimulatedPage.render(AppKind.SD_WEBUI.displayName(), ctx, port, extra);
    }
}
