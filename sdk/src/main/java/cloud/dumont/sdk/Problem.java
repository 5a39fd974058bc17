package cloud.dumont.sdk;

import java.util.List;

/**
 * The server's RFC 9457 problem detail ({@code application/problem+json}), as the SDK received it.
 *
 * @param type a stable URI naming the kind of problem, e.g. {@code https://dumont.cloud/problems/validation}
 * @param title a short summary of the kind of problem
 * @param status the HTTP status; 0 when no answer came (the server could not be reached)
 * @param detail what went wrong with this request, written for a person
 * @param errors per-field violations of a rejected request, empty otherwise
 */
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    /** A problem; null {@code errors} become an empty list. */
    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /**
     * One invalid field of a request.
     *
     * @param field the field as the client sent it, such as {@code spec.ports[1].port}
     */
    public record FieldError(String field, String message) {}

    /** One line for a person: the detail, else the title, with each field error after it. */
    public String summary() {
        String head = detail != null && !detail.isBlank() ? detail : title != null ? title : "HTTP " + status;
        if (errors.isEmpty()) {
            return head;
        }
        StringBuilder line = new StringBuilder(head).append(':');
        for (FieldError e : errors) {
            line.append(' ').append(e.field()).append(' ').append(e.message()).append(';');
        }
        return line.substring(0, line.length() - 1);
    }
}
