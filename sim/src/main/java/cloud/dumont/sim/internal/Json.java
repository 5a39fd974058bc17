package cloud.dumont.sim.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON in and out as plain maps, lists, strings, numbers and booleans: the simulator handles
 * free-form Vast.ai payloads, so no bound types.
 */
public final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {}

    public static byte[] write(Object value) {
        return MAPPER.writeValueAsBytes(value);
    }

    public static String writeString(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    /** Parses any JSON value; throws {@link IllegalArgumentException} on malformed input. */
    public static Object read(byte[] body) {
        try {
            return MAPPER.readValue(body, Object.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("malformed JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static Object read(String body) {
        return read(body.getBytes(UTF_8));
    }

    /** Parses a JSON object; an empty body is an empty object, anything else not an object fails. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> readObject(byte[] body) {
        if (body.length == 0 || new String(body, UTF_8).isBlank()) {
            return new LinkedHashMap<>();
        }
        Object value = read(body);
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        if (value == null) {
            return new LinkedHashMap<>();
        }
        throw new IllegalArgumentException("expected a JSON object");
    }
}
