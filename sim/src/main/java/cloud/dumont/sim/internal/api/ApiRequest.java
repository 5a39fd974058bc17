package cloud.dumont.sim.internal.api;

import cloud.dumont.sim.internal.Json;
import cloud.dumont.sim.internal.VastError;
import java.util.List;
import java.util.Map;

/**
 * One API call, read off the exchange.
 *
 * @param query decoded query parameters, first value of each
 * @param pathVars the {@code {id}} parts of the matched route, in order
 * @param host the Host header, for URLs that point back at the simulator
 */
record ApiRequest(
        String method,
        String path,
        Map<String, String> query,
        String authorization,
        byte[] body,
        String remoteAddress,
        String host,
        List<String> pathVars) {

    ApiRequest withPathVars(List<String> vars) {
        return new ApiRequest(method, path, query, authorization, body, remoteAddress, host, vars);
    }

    /** The key from {@code Authorization: Bearer} or, failing that, the {@code api_key} parameter. */
    String apiKey() {
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String key = authorization.substring(7).trim();
            if (!key.isEmpty()) {
                return key;
            }
        }
        return query.get("api_key");
    }

    Map<String, Object> json() {
        try {
            return Json.readObject(body);
        } catch (IllegalArgumentException e) {
            throw VastError.invalidArgs("request body is not a JSON object");
        }
    }

    long id(int index) {
        String raw = pathVars.get(index);
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new VastError(400, "invalid_args", "invalid instance_id");
        }
    }

    /** A query parameter holding JSON, as the CLI encodes non-string values; null when absent. */
    Object jsonParam(String name) {
        String raw = query.get(name);
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        try {
            return Json.read(raw);
        } catch (IllegalArgumentException e) {
            throw VastError.invalidArgs(name + " is not valid JSON");
        }
    }
}
