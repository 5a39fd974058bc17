package cloud.dumont.provider.vast;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Defensive reads of Vast.ai's JSON. Fields documented as numbers sometimes arrive as strings ({@code HostPort}),
 * strings carry stray whitespace ({@code public_ipaddr}), and anything may be null or missing; each reader answers
 * null rather than throwing, because a half-filled instance is normal while it boots.
 */
final class VastJson {

    /** Plain Jackson: request bodies are built as trees, so the server's naming strategy must not apply. */
    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private VastJson() {}

    /** {@code {}}: the body Vast.ai expects on a PUT, POST or DELETE that has nothing to say. */
    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Trimmed text, or null when missing, null, blank or not a scalar. */
    static String text(JsonNode node) {
        if (node == null || !(node.isString() || node.isNumber() || node.isBoolean())) {
            return null;
        }
        String value = node.isString() ? node.stringValue().strip() : node.toString();
        return value.isEmpty() ? null : value;
    }

    static Long longValue(JsonNode node) {
        if (node != null && node.isNumber()) {
            return node.longValue();
        }
        String text = text(node);
        if (text == null) {
            return null;
        }
        try {
            return (long) Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Double doubleValue(JsonNode node) {
        if (node != null && node.isNumber()) {
            return node.doubleValue();
        }
        String text = text(node);
        if (text == null) {
            return null;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static double doubleValue(JsonNode node, double fallback) {
        Double value = doubleValue(node);
        return value == null ? fallback : value;
    }

    /** {@code true}, {@code 1} and {@code "true"} all mean yes; Vast.ai uses each somewhere. */
    static boolean bool(JsonNode node) {
        if (node == null) {
            return false;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            return node.doubleValue() != 0;
        }
        return "true".equalsIgnoreCase(text(node));
    }
}
