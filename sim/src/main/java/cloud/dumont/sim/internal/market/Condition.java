package cloud.dumont.sim.internal.market;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One comparison of Vast.ai's JSON query language: {@code {"field": {"op": value}}} with op one of
 * eq, neq, gt, gte, lt, lte, in, notin. Values are compared the way a SQL backend would after the
 * CLI has sent them: the CLI passes numbers typed on its command line as strings ({@code
 * "num_gpus": {"eq": "1"}}), so numeric strings compare as numbers; a null field matches nothing
 * but {@code eq null}.
 */
public record Condition(String field, String op, Object value) {

    static final int UNORDERED = Integer.MIN_VALUE;

    public static final Set<String> OPERATORS = Set.of("eq", "neq", "gt", "gte", "lt", "lte", "in", "notin");

    public Condition {
        if (!OPERATORS.contains(op)) {
            throw new QueryException("unknown operator '" + op + "' for " + field);
        }
        if ((op.equals("in") || op.equals("notin")) && !(value instanceof List<?>)) {
            value = value == null ? List.of() : List.of(value);
        }
    }

    /** Parses {@code {"gte": 16000, "lte": 48000}}; a bare value means eq. */
    public static List<Condition> parse(String field, Object spec) {
        List<Condition> conditions = new ArrayList<>();
        if (spec instanceof Map<?, ?> ops) {
            ops.forEach((op, value) -> conditions.add(new Condition(field, normalize(String.valueOf(op)), value)));
        } else {
            conditions.add(new Condition(field, "eq", spec));
        }
        return conditions;
    }

    private static String normalize(String op) {
        String lower = op.toLowerCase(Locale.ROOT);
        return lower.equals("nin") ? "notin" : lower;
    }

    public boolean test(Object actual) {
        return switch (op) {
            case "eq" -> value == null ? actual == null : same(actual, value);
            case "neq" -> value == null ? actual != null : actual != null && !same(actual, value);
            case "in" -> actual != null && values().stream().anyMatch(v -> same(actual, v));
            case "notin" -> actual != null && values().stream().noneMatch(v -> same(actual, v));
            default -> ordered(compare(actual, value));
        };
    }

    private boolean ordered(int comparison) {
        if (comparison == UNORDERED) {
            return false;
        }
        return switch (op) {
            case "gt" -> comparison > 0;
            case "gte" -> comparison >= 0;
            case "lt" -> comparison < 0;
            default -> comparison <= 0;
        };
    }

    /** True for the operators under which a value must fail every candidate to pass. */
    public boolean negative() {
        return op.equals("neq") || op.equals("notin");
    }

    private List<?> values() {
        return (List<?>) value;
    }

    static boolean same(Object actual, Object expected) {
        if (actual == null || expected == null) {
            return actual == expected;
        }
        if (actual instanceof Number a) {
            Double e = asNumber(expected);
            return e != null && Double.compare(a.doubleValue(), e) == 0;
        }
        if (actual instanceof Boolean a) {
            Boolean e = asBoolean(expected);
            return a.equals(e);
        }
        return String.valueOf(actual).equals(String.valueOf(expected));
    }

    /** {@link #UNORDERED} when the two cannot be ordered (null, or a number against a word). */
    static int compare(Object actual, Object expected) {
        if (actual == null || expected == null) {
            return UNORDERED;
        }
        Double a = asNumber(actual);
        Double e = asNumber(expected);
        if (a != null && e != null) {
            return Double.compare(a, e);
        }
        if (actual instanceof String s && expected instanceof String t) {
            return Integer.signum(s.compareTo(t));
        }
        return UNORDERED;
    }

    static Double asNumber(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        }
        if (value instanceof String s) {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static Boolean asBoolean(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Number n) {
            return n.doubleValue() != 0;
        }
        String s = String.valueOf(value).trim().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> null;
        };
    }
}
