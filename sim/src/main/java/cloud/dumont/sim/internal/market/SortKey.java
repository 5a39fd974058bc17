package cloud.dumont.sim.internal.market;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One {@code order} entry of a search: {@code ["dph_total", "asc"]}. Also reads the
 * {@code [{"col": "id", "dir": "asc"}]} form of the v1 instance list and the CLI's {@code
 * "num_gpus-"} shorthand, since clients send all three.
 */
public record SortKey(String field, boolean descending) {

    public static List<SortKey> parseAll(Object order) {
        List<SortKey> keys = new ArrayList<>();
        if (order == null) {
            return keys;
        }
        List<?> entries = order instanceof List<?> list ? list : List.of(order);
        if (!entries.isEmpty()
                && entries.get(0) instanceof String
                && entries.size() == 2
                && isDirection(entries.get(1))) {
            entries = List.of(entries); // a single ["field", "dir"] pair not wrapped in a list
        }
        for (Object entry : entries) {
            keys.add(parse(entry));
        }
        return keys;
    }

    private static SortKey parse(Object entry) {
        if (entry instanceof List<?> pair && !pair.isEmpty()) {
            String dir = pair.size() > 1 ? String.valueOf(pair.get(1)) : "asc";
            return new SortKey(String.valueOf(pair.get(0)), direction(dir));
        }
        if (entry instanceof Map<?, ?> map && map.get("col") != null) {
            Object dir = map.get("dir");
            return new SortKey(String.valueOf(map.get("col")), direction(dir == null ? "asc" : dir.toString()));
        }
        if (entry instanceof String name && !name.isBlank()) {
            boolean desc = name.endsWith("-");
            return new SortKey(name.replaceAll("[-+]$", ""), desc);
        }
        throw new QueryException("invalid order entry: " + entry);
    }

    private static boolean isDirection(Object value) {
        String s = String.valueOf(value).toLowerCase(Locale.ROOT);
        return s.equals("asc") || s.equals("desc");
    }

    private static boolean direction(String dir) {
        return switch (dir.toLowerCase(Locale.ROOT)) {
            case "asc" -> false;
            case "desc" -> true;
            default -> throw new QueryException("invalid order direction: " + dir);
        };
    }

    /** Orders rows by the keys, nulls last whatever the direction, then by id for stability. */
    public static Comparator<Map<String, Object>> comparator(List<SortKey> keys) {
        Comparator<Map<String, Object>> result = (a, b) -> 0;
        for (SortKey key : keys) {
            result = result.thenComparing((a, b) -> key.compare(a.get(key.field), b.get(key.field)));
        }
        return result.thenComparing((a, b) -> Condition.compare(a.get("id"), b.get("id")));
    }

    private int compare(Object a, Object b) {
        if (a == null || b == null) {
            return a == b ? 0 : a == null ? 1 : -1;
        }
        int c = Condition.compare(a, b);
        if (c == Condition.UNORDERED) {
            c = String.valueOf(a).compareTo(String.valueOf(b));
        }
        return descending ? -c : c;
    }
}
