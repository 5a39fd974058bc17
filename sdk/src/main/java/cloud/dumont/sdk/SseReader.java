package cloud.dumont.sdk;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * Reads a {@code text/event-stream} as the HTML standard defines it: {@code id}, {@code event} and {@code data} lines
 * (several data lines join with a newline), comments skipped, a blank line ends an event. Small enough that a
 * dependency for it would cost more than it saves.
 */
final class SseReader {

    /** One dispatched event; {@code name} is {@code message} when the server gave none. */
    record Event(String id, String name, String data) {}

    private final BufferedReader reader;

    SseReader(BufferedReader reader) {
        this.reader = reader;
    }

    /** The next event, or null when the stream ended. */
    Event next() throws IOException {
        String id = null;
        String name = null;
        StringBuilder data = null;
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isEmpty()) {
                if (data != null) {
                    return new Event(id, name == null ? "message" : name, data.toString());
                }
                id = null;
                name = null;
                continue;
            }
            if (line.startsWith(":")) {
                continue;
            }
            int colon = line.indexOf(':');
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1);
            if (value.startsWith(" ")) {
                value = value.substring(1);
            }
            switch (field) {
                case "id" -> id = value;
                case "event" -> name = value;
                case "data" ->
                    data = data == null
                            ? new StringBuilder(value)
                            : data.append('\n').append(value);
                default -> {
                    // "retry" and unknown fields: nothing the SDK needs
                }
            }
        }
        return null;
    }
}
