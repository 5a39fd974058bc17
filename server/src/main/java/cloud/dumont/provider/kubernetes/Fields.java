package cloud.dumont.provider.kubernetes;

import java.util.List;
import java.util.Map;

/** Null-safe reads of nested maps, because a DGD travels as a plain map and any level may be missing. */
final class Fields {

    private Fields() {}

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object parent, String... path) {
        Object value = at(parent, path);
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object parent, String... path) {
        Object value = at(parent, path);
        return value instanceof List<?> l ? (List<Object>) l : List.of();
    }

    static String string(Object parent, String... path) {
        Object value = at(parent, path);
        return value == null ? null : value.toString();
    }

    /** Numbers may arrive as Integer, Long or a string ("1", as {@code resources.limits.gpu} is). */
    static Long number(Object parent, String... path) {
        Object value = at(parent, path);
        if (value instanceof Number n) {
            return n.longValue();
        }
        if (value instanceof String s && !s.isBlank()) {
            try {
                return Long.parseLong(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    static Object at(Object parent, String... path) {
        Object current = parent;
        for (String key : path) {
            if (!(current instanceof Map<?, ?> m)) {
                return null;
            }
            current = m.get(key);
        }
        return current;
    }
}
