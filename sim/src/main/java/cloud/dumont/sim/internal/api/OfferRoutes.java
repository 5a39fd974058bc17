package cloud.dumont.sim.internal.api;

import cloud.dumont.sim.internal.SimulatedVast;
import cloud.dumont.sim.internal.VastError;
import cloud.dumont.sim.internal.market.GpuCatalog;
import cloud.dumont.sim.internal.market.OfferQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Offer search in its three forms (POST body, legacy GET with {@code q}, and the newer {@code PUT
 * /search/asks/}), plus the GPU name list the CLI fetches on its own at start-up. None needs a key.
 */
final class OfferRoutes {

    private OfferRoutes() {}

    static List<Route> routes(SimulatedVast vast) {
        return List.of(
                Route.of("POST", "/api/v0/bundles/", false, "10.0", r -> search(vast, r.json())),
                Route.of("GET", "/api/v0/bundles/", false, "10.0", r -> search(vast, legacyQuery(r))),
                Route.of("PUT", "/api/v0/search/asks/", false, "10.0", r -> search(vast, newQuery(r.json()))),
                Route.of("GET", "/api/v0/gpu_names/unique/", false, "1.0", r -> gpuNames()));
    }

    private static ApiResponse search(SimulatedVast vast, Map<String, Object> query) {
        OfferQuery parsed = OfferQuery.parse(query, vast.config().defaultSearchFilters());
        return ApiResponse.json(Map.of("offers", vast.search(parsed)));
    }

    /**
     * {@code GET /bundles/?q=<json>}: the whole query, order and limit included, rides in {@code
     * q}. The earlier prototype sent order, type and limit as separate parameters; they are honoured
     * when {@code q} does not set them.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> legacyQuery(ApiRequest request) {
        Object q = request.jsonParam("q");
        if (q != null && !(q instanceof Map<?, ?>)) {
            throw VastError.invalidArgs("q must be a JSON object");
        }
        Map<String, Object> query = q == null ? new LinkedHashMap<>() : new LinkedHashMap<>((Map<String, Object>) q);
        for (String control : List.of("order", "type", "limit")) {
            String raw = request.query().get(control);
            if (raw != null && !query.containsKey(control)) {
                query.put(control, control.equals("type") ? raw : request.jsonParam(control));
            }
        }
        return query;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> newQuery(Map<String, Object> body) {
        Object q = body.get("q");
        if (q instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        Map<String, Object> query = new LinkedHashMap<>(body);
        query.remove("select_cols");
        return query;
    }

    private static ApiResponse gpuNames() {
        return ApiResponse.json(Map.of("gpu_names", GpuCatalog.allVastNames()));
    }
}
