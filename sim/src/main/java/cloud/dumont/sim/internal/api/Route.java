package cloud.dumont.sim.internal.api;

import java.util.regex.Pattern;

/**
 * One API route. The template's {@code {id}}s match single path segments, and the trailing slash
 * is optional because the CLI sends {@code /instances?owner=me} and {@code /instances/{id}/}.
 *
 * @param keyRequired false for the calls Vast.ai serves without a key (offer search, GPU names)
 * @param threshold the per-endpoint figure Vast.ai's 429 message quotes
 */
record Route(String method, String template, Pattern pattern, boolean keyRequired, String threshold, Handler handler) {

    @FunctionalInterface
    interface Handler {
        ApiResponse handle(ApiRequest request);
    }

    static Route of(String method, String template, boolean keyRequired, String threshold, Handler handler) {
        String trimmed = template.endsWith("/") ? template.substring(0, template.length() - 1) : template;
        String regex = "^" + Pattern.quote(trimmed).replace("{id}", "\\E([^/]+)\\Q") + "/?$";
        return new Route(method, template, Pattern.compile(regex), keyRequired, threshold, handler);
    }
}
