package cloud.dumont.sim.internal.api;

import static java.nio.charset.StandardCharsets.UTF_8;

import cloud.dumont.sim.internal.Json;
import cloud.dumont.sim.internal.SimulatedVast;
import cloud.dumont.sim.internal.VastError;
import cloud.dumont.sim.internal.market.Condition;
import cloud.dumont.sim.internal.market.SortKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code GET /api/v1/instances/}, the paginated list the CLI uses now: {@code select_filters} on
 * stored columns only (computed ones such as {@code dph_total} are a 400, as on Vast.ai), {@code
 * order_by} with id as the tiebreaker, at most 25 per page and an opaque {@code after_token}.
 */
final class InstanceListV1 {

    static final Set<String> STORED_COLUMNS = Set.of(
            "id",
            "machine_id",
            "host_id",
            "bundle_id",
            "label",
            "actual_status",
            "intended_status",
            "cur_state",
            "next_state",
            "status_msg",
            "gpu_name",
            "verification",
            "image_uuid",
            "image_runtype",
            "geolocation",
            "start_date",
            "end_date",
            "public_ipaddr",
            "template_id",
            "template_hash_id",
            "disk_space");

    private InstanceListV1() {}

    static List<Route> routes(SimulatedVast vast) {
        return List.of(Route.of("GET", "/api/v1/instances/", true, "1.0", r -> list(vast, r)));
    }

    private static ApiResponse list(SimulatedVast vast, ApiRequest request) {
        List<Map<String, Object>> all = vast.list();
        List<Condition> filters = filters(request.jsonParam("select_filters"));
        List<SortKey> order = order(request.jsonParam("order_by"));
        List<Map<String, Object>> matching = all.stream()
                .filter(row -> filters.stream().allMatch(c -> c.test(row.get(c.field()))))
                .sorted(SortKey.comparator(order))
                .toList();
        int start = after(matching, request.query().get("after_token"));
        int limit = limit(request.query().get("limit"));
        List<Map<String, Object>> page = matching.subList(start, Math.min(matching.size(), start + limit));
        boolean more = start + page.size() < matching.size();

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", true);
        body.put("instances_found", page.size());
        body.put("total_instances", all.size());
        body.put("label_counts", labelCounts(all));
        body.put("next_token", more ? token(page.get(page.size() - 1), order) : null);
        body.put(
                "instances",
                page.stream()
                        .map(row -> select(row, request.jsonParam("select_cols")))
                        .toList());
        return ApiResponse.json(body);
    }

    private static List<Condition> filters(Object filters) {
        List<Condition> conditions = new ArrayList<>();
        if (filters == null) {
            return conditions;
        }
        if (!(filters instanceof Map<?, ?> map)) {
            throw queryError("select_filters must be an object");
        }
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String field = String.valueOf(entry.getKey());
            if (!STORED_COLUMNS.contains(field)) {
                throw queryError(field + " is not a valid search key");
            }
            conditions.addAll(Condition.parse(field, entry.getValue()));
        }
        return conditions;
    }

    private static List<SortKey> order(Object orderBy) {
        List<SortKey> keys = SortKey.parseAll(orderBy);
        for (SortKey key : keys) {
            if (!STORED_COLUMNS.contains(key.field())) {
                throw queryError(key.field() + " is not a valid order column");
            }
        }
        return keys;
    }

    private static int limit(String raw) {
        if (raw == null || raw.isBlank()) {
            return 25;
        }
        try {
            int limit = (int) Double.parseDouble(raw);
            return limit <= 0 ? 5 : Math.min(limit, 25);
        } catch (NumberFormatException e) {
            throw queryError("limit must be a number");
        }
    }

    /** The token names the last row of the previous page; the next page starts after it. */
    private static int after(List<Map<String, Object>> rows, String token) {
        if (token == null || token.isBlank()) {
            return 0;
        }
        try {
            Object decoded = Json.read(new String(Base64.getDecoder().decode(token), UTF_8));
            Object values = decoded instanceof Map<?, ?> m ? m.get("values") : null;
            Object id = values instanceof Map<?, ?> v ? v.get("id") : null;
            if (id == null) {
                throw new IllegalArgumentException("no id in token");
            }
            for (int i = 0; i < rows.size(); i++) {
                if (Condition.parse("id", id).get(0).test(rows.get(i).get("id"))) {
                    return i + 1;
                }
            }
            return rows.size();
        } catch (IllegalArgumentException e) {
            throw new VastError(400, "invalid_token", "after_token is not valid");
        }
    }

    private static String token(Map<String, Object> last, List<SortKey> order) {
        Map<String, Object> values = new LinkedHashMap<>();
        order.forEach(k -> values.put(k.field(), last.get(k.field())));
        values.put("id", last.get("id"));
        return Base64.getEncoder().encodeToString(Json.write(Map.of("values", values)));
    }

    private static Map<String, Object> select(Map<String, Object> row, Object cols) {
        if (!(cols instanceof List<?> list) || list.contains("*")) {
            return row;
        }
        Map<String, Object> selected = new LinkedHashMap<>();
        list.forEach(col -> selected.put(String.valueOf(col), row.get(String.valueOf(col))));
        return selected;
    }

    private static Map<String, Integer> labelCounts(List<Map<String, Object>> rows) {
        Map<String, Integer> counts = new TreeMap<>();
        rows.forEach(row ->
                counts.merge(row.get("label") == null ? "" : row.get("label").toString(), 1, Integer::sum));
        return counts;
    }

    private static VastError queryError(String detail) {
        return new VastError(400, "invalid_args", "Error in query parameters: " + detail);
    }
}
