package cloud.dumont.platform;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A failure the client can act on, answered as {@code application/problem+json} with a stable {@code type}. The
 * detail is written for a person and must never carry secrets or provider internals.
 */
public class ProblemException extends ErrorResponseException {

    public ProblemException(HttpStatus status, String type, String title, String detail) {
        super(status, problem(status, type, title, detail), null);
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(HttpStatus.NOT_FOUND, "not-found", "Not found", what + " does not exist");
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "bad-request", "Bad request", detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(HttpStatus.CONFLICT, "conflict", "Conflict", detail);
    }

    public static ProblemException unauthorized(String detail) {
        return new ProblemException(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized", detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail);
    }

    public static ProblemException tooManyRequests(String detail, Duration retryAfter) {
        ProblemException e =
                new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests", detail);
        e.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())));
        return e;
    }

    /** One invalid field of a request, named as the client sent it ({@code spec.ports[1].port}). */
    public record FieldProblem(String field, String message) {}

    /**
     * A refusal that lists every invalid field in {@code errors} (each {@code {field, message}}), so a form can show
     * each message at its field; the detail repeats them for a person reading the problem alone.
     */
    public static ProblemException withFieldErrors(
            HttpStatus status, String type, String title, String summary, List<FieldProblem> errors) {
        ProblemException e = new ProblemException(
                status,
                type,
                title,
                summary + ": "
                        + String.join(
                                "; ",
                                errors.stream()
                                        .map(f -> f.field() + ": " + f.message())
                                        .toList()));
        e.getBody()
                .setProperty(
                        "errors",
                        errors.stream()
                                .map(f -> Map.of("field", f.field(), "message", f.message()))
                                .toList());
        return e;
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(ProblemTypes.uri(type));
        problem.setTitle(title);
        return problem;
    }

    /** The type URIs of Dumont's problems; each names a page of the API documentation. */
    public static final class ProblemTypes {
        private static final String BASE = "https://dumont.cloud/problems/";

        private ProblemTypes() {}

        public static URI uri(String slug) {
            return URI.create(BASE + slug);
        }
    }
}
