package cloud.dumont.sim.internal.market;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A parsed offer search: the body of {@code POST /api/v0/bundles/} (or the {@code q} of the GET
 * and {@code /search/asks/} forms). Filters are {@code {"field": {"op": value}}}; {@code order},
 * {@code type}, {@code limit} and {@code allocated_storage} steer the result. Field names are the
 * response's, plus the CLI's aliases; an unknown field is rejected rather than ignored, so that a
 * typo cannot silently widen a search that rents GPUs.
 */
public record OfferQuery(
        List<Condition> conditions, List<SortKey> order, Integer limit, boolean bid, double allocatedStorage) {

    /** The CLI's default {@code --storage}; the docs say 8, the CLI sends 5.0. */
    public static final double DEFAULT_STORAGE_GB = 5.0;

    public static final int MAX_LIMIT = 3000;

    private static final Set<String> CONTROL_KEYS = Set.of(
            "order", "type", "limit", "allocated_storage", "disable_bundling", "select_cols", "georegion", "chunked");

    private static final Map<String, String> ALIASES = Map.of(
            "cuda_vers", "cuda_max_good",
            "dph", "dph_total",
            "dlperf_usd", "dlperf_per_dphtotal",
            "flops_usd", "flops_per_dphtotal",
            "display_active", "gpu_display_active");

    public static OfferQuery parse(Map<String, Object> query, boolean defaultFilters) {
        List<Condition> conditions = new ArrayList<>();
        for (Map.Entry<String, Object> entry : query.entrySet()) {
            if (!CONTROL_KEYS.contains(entry.getKey())) {
                String field = ALIASES.getOrDefault(entry.getKey(), entry.getKey());
                conditions.addAll(Condition.parse(field, entry.getValue()));
            }
        }
        if (defaultFilters) {
            addDefault(conditions, "verified", true);
            addDefault(conditions, "rentable", true);
            addDefault(conditions, "rented", false);
        }
        return new OfferQuery(
                conditions,
                SortKey.parseAll(query.get("order")),
                limit(query.get("limit")),
                bid(query.get("type")),
                storage(query.get("allocated_storage")));
    }

    /** Filters, orders and limits rendered offers; {@code rn} is set to the rank in the result. */
    public List<Map<String, Object>> select(List<Map<String, Object>> rows) {
        if (!rows.isEmpty()) {
            checkFields(rows.get(0).keySet());
        }
        List<Map<String, Object>> result = rows.stream()
                .filter(this::matches)
                .sorted(SortKey.comparator(order))
                .limit(limit == null ? MAX_LIMIT : Math.min(limit, MAX_LIMIT))
                .toList();
        for (int i = 0; i < result.size(); i++) {
            result.get(i).put("rn", i + 1);
        }
        return result;
    }

    private boolean matches(Map<String, Object> row) {
        for (Condition c : conditions) {
            if (!test(c, row)) {
                return false;
            }
        }
        return true;
    }

    private static boolean test(Condition c, Map<String, Object> row) {
        if (c.field().equals("geolocation") && row.get("geolocation") instanceof String place) {
            // Filters match the trailing country code ("in": ["US", "CA"]) as well as the full text.
            String code = place.substring(Math.max(0, place.length() - 2));
            return c.negative() ? c.test(place) && c.test(code) : c.test(place) || c.test(code);
        }
        if (c.field().equals("driver_version") && isNumericVersion(c.value())) {
            return c.test(row.get("driver_vers")); // the CLI turns 535.86.05 into 535086005
        }
        return c.test(row.get(c.field()));
    }

    private static boolean isNumericVersion(Object value) {
        Object probe = value instanceof List<?> list && !list.isEmpty() ? list.get(0) : value;
        return probe instanceof Number || (probe instanceof String s && s.matches("\\d{6,}"));
    }

    private void checkFields(Set<String> known) {
        for (Condition c : conditions) {
            if (!known.contains(c.field())) {
                throw new QueryException(c.field() + " is not a valid search key");
            }
        }
        for (SortKey key : order) {
            if (!known.contains(key.field())) {
                throw new QueryException(key.field() + " is not a valid order column");
            }
        }
    }

    private static void addDefault(List<Condition> conditions, String field, boolean value) {
        if (conditions.stream().noneMatch(c -> c.field().equals(field))) {
            conditions.add(new Condition(field, "eq", value));
        }
    }

    private static Integer limit(Object value) {
        if (value == null) {
            return null;
        }
        Double number = Condition.asNumber(value);
        if (number == null) {
            throw new QueryException("limit must be a number: " + value);
        }
        return number < 1 ? null : number.intValue();
    }

    private static boolean bid(Object type) {
        if (type == null) {
            return false;
        }
        return switch (type.toString().toLowerCase(Locale.ROOT)) {
            case "on-demand", "ondemand", "reserved" -> false;
            case "bid", "interruptible" -> true;
            default -> throw new QueryException("type must be on-demand, bid or reserved, not " + type);
        };
    }

    private static double storage(Object value) {
        if (value == null) {
            return DEFAULT_STORAGE_GB;
        }
        Double gb = Condition.asNumber(value);
        if (gb == null || gb < 0) {
            throw new QueryException("allocated_storage must be a non-negative number: " + value);
        }
        return gb;
    }
}
