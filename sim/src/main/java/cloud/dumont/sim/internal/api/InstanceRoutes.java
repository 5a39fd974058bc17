package cloud.dumont.sim.internal.api;

import cloud.dumont.sim.internal.SimulatedVast;
import cloud.dumont.sim.internal.VastError;
import cloud.dumont.sim.internal.instance.LaunchSpec;
import cloud.dumont.sim.internal.instance.SimulatedInstance;
import cloud.dumont.sim.internal.market.OfferQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renting and managing instances: create from an offer, launch the best match of a query, show,
 * the legacy list, start/stop/label, reboot, destroy, the bulk forms, and log requests. Thresholds
 * are the ones Vast.ai's OpenAPI files quote in their 429 examples.
 */
final class InstanceRoutes {

    private InstanceRoutes() {}

    static List<Route> routes(SimulatedVast vast) {
        return List.of(
                Route.of("PUT", "/api/v0/asks/{id}/", true, "4.5", r -> create(vast, r)),
                Route.of("PUT", "/api/v0/launch_instance/", true, "4.5", r -> launch(vast, r.json())),
                Route.of("GET", "/api/v0/instances/{id}/", true, "2.0", r -> show(vast, r.id(0))),
                Route.of("GET", "/api/v0/instances/", true, "2.0", r -> list(vast)),
                Route.of("PUT", "/api/v0/instances/{id}/", true, "1.0", r -> manage(vast, r.id(0), r.json())),
                Route.of("PUT", "/api/v0/instances/", true, "1.0", r -> manageMany(vast, r.json())),
                Route.of("PUT", "/api/v0/instances/reboot/{id}/", true, "1.0", r -> reboot(vast, r.id(0))),
                Route.of("DELETE", "/api/v0/instances/{id}/", true, "3.0", r -> destroy(vast, r.id(0))),
                Route.of("DELETE", "/api/v0/instances/", true, "3.0", r -> destroyMany(vast, r.json())),
                Route.of(
                        "PUT", "/api/v0/instances/request_logs/{id}/", true, "1.0", r -> InstanceLogs.request(vast, r)),
                Route.of("GET", "/instance_logs/{id}", false, "1.0", r -> InstanceLogs.read(vast, r)));
    }

    private static ApiResponse create(SimulatedVast vast, ApiRequest request) {
        long offerId = request.id(0);
        return created(vast.create(offerId, LaunchSpec.parse(request.json())), offerId);
    }

    private static ApiResponse created(SimulatedInstance instance, long offerId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", true);
        body.put("new_contract", instance.id());
        body.put("instance_api_key", instance.secrets().instanceApiKey());
        body.put("ask_id", offerId);
        return ApiResponse.json(body);
    }

    /** The server picks the best offer for {@code q} (ordered as asked) and rents it. */
    @SuppressWarnings("unchecked")
    private static ApiResponse launch(SimulatedVast vast, Map<String, Object> body) {
        Object q = body.get("q");
        if (!(q instanceof Map<?, ?>)) {
            throw VastError.invalidArgs("q is required: a search query");
        }
        LaunchSpec spec = LaunchSpec.parse(body);
        Map<String, Object> query = new LinkedHashMap<>((Map<String, Object>) q);
        query.put("limit", 1);
        List<Map<String, Object>> best =
                vast.search(OfferQuery.parse(query, vast.config().defaultSearchFilters()));
        if (best.isEmpty()) {
            throw new VastError(404, "no_such_ask", "No offers match the launch query.");
        }
        long offerId = ((Number) best.get(0).get("id")).longValue();
        return created(vast.create(offerId, spec), offerId);
    }

    /** A missing or destroyed instance is {@code {"instances": null}} with 200, as the CLI expects. */
    private static ApiResponse show(SimulatedVast vast, long id) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("instances", vast.show(id).orElse(null));
        return ApiResponse.json(body);
    }

    private static ApiResponse list(SimulatedVast vast) {
        List<Map<String, Object>> instances = vast.list();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("instances_found", instances.size());
        body.put("instances", instances);
        return ApiResponse.json(body);
    }

    private static ApiResponse manage(SimulatedVast vast, long id, Map<String, Object> body) {
        if (!body.containsKey("state") && !body.containsKey("label")) {
            throw VastError.invalidArgs("expected state (running or stopped) or label");
        }
        if (body.containsKey("label")) {
            Object label = body.get("label");
            if (label != null && label.toString().length() > 1024) {
                throw new VastError(400, "label_too_long", "label is longer than 1024 characters");
            }
            vast.label(id, label == null ? null : label.toString());
        }
        if (body.containsKey("state")) {
            vast.changeState(id, String.valueOf(body.get("state")));
        }
        return ApiResponse.json(Map.of("success", true));
    }

    private static ApiResponse manageMany(SimulatedVast vast, Map<String, Object> body) {
        for (long id : ids(body.get("ids"))) {
            vast.changeState(id, String.valueOf(body.get("state")));
        }
        return ApiResponse.json(Map.of("success", true));
    }

    private static ApiResponse reboot(SimulatedVast vast, long id) {
        vast.reboot(id);
        return ApiResponse.json(Map.of("success", true));
    }

    private static ApiResponse destroy(SimulatedVast vast, long id) {
        vast.destroy(id);
        return ApiResponse.json(Map.of("success", true, "msg", "Instance destroyed successfully"));
    }

    private static ApiResponse destroyMany(SimulatedVast vast, Map<String, Object> body) {
        for (long id : ids(body.get("instance_ids"))) {
            vast.destroy(id);
        }
        return ApiResponse.json(Map.of("success", true));
    }

    private static List<Long> ids(Object value) {
        if (!(value instanceof List<?> list)) {
            throw VastError.invalidArgs("a list of instance ids is required");
        }
        return list.stream()
                .map(v -> {
                    if (v instanceof Number n) {
                        return n.longValue();
                    }
                    throw VastError.invalidArgs("invalid instance_id: " + v);
                })
                .toList();
    }
}
