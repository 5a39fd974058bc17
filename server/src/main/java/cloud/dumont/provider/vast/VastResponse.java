package cloud.dumont.provider.vast;

import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * One answer of the API. The body is parsed when it is JSON and kept as a missing node otherwise: 429s usually come as
 * plain text and 5xx as a proxy's HTML page.
 */
record VastResponse(int status, JsonNode json, String text) {

    private static final int MAX_MESSAGE = 300;

    static VastResponse of(int status, String body) {
        JsonNode json = MissingNode.getInstance();
        String trimmed = body == null ? "" : body.strip();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            try {
                json = VastJson.MAPPER.readTree(trimmed);
            } catch (JacksonException e) {
                // not JSON after all; the text still says what went wrong
            }
        }
        return new VastResponse(status, json, trimmed);
    }

    /** A 2xx that does not say {@code "success": false} (some endpoints leave {@code success} out). */
    boolean isSuccess() {
        boolean refused =
                json.path("success").isBoolean() && !json.path("success").booleanValue();
        return status >= 200 && status < 300 && !refused;
    }

    boolean rateLimited() {
        return status == 429;
    }

    boolean serverError() {
        return status >= 500;
    }

    /** Vast.ai's {@code error} code, e.g. {@code no_such_ask}, or empty. */
    String error() {
        String error = VastJson.text(json.path("error"));
        return error == null ? "" : error;
    }

    /**
     * What Vast.ai says went wrong, for an exception message: {@code msg}, {@code message} or {@code detail} of a JSON
     * body, a plain-text body as it is, nothing of an HTML page. Cut short, so a proxy's page cannot flood a log.
     */
    String message() {
        for (String field : new String[] {"msg", "message", "detail", "error"}) {
            String value = VastJson.text(json.path(field));
            if (value != null) {
                return shorten(value);
            }
        }
        if (json.isMissingNode() && !text.isEmpty() && !text.startsWith("<")) {
            return shorten(text);
        }
        return "";
    }

    /** Whether the message is Vast.ai's way of saying the key is wrong, whatever the status. */
    boolean saysKeyInvalid() {
        String msg = message().toLowerCase(Locale.ROOT);
        return error().equals("auth_error") || msg.contains("invalid user key") || msg.contains("session expired");
    }

    private static String shorten(String value) {
        String oneLine = value.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= MAX_MESSAGE ? oneLine : oneLine.substring(0, MAX_MESSAGE) + "…";
    }
}
