package cloud.dumont.sdk;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/** A query string built parameter by parameter; null values are left out, so optional filters stay optional. */
final class Query {

    private final StringJoiner joined = new StringJoiner("&", "?", "").setEmptyValue("");

    static Query of() {
        return new Query();
    }

    Query add(String name, Object value) {
        if (value != null) {
            joined.add(encode(name) + "=" + encode(value.toString()));
        }
        return this;
    }

    @Override
    public String toString() {
        return joined.toString();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** One path segment, encoded; a model id such as {@code Qwen/Qwen3-0.6B} keeps its slash. */
    static String segments(String value) {
        StringJoiner path = new StringJoiner("/");
        for (String part : value.split("/", -1)) {
            path.add(encode(part));
        }
        return path.toString();
    }
}
