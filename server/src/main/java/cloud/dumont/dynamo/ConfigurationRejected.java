package cloud.dumont.dynamo;

import cloud.dumont.platform.ProblemException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** A 422 that lists every rule a configuration (or the manifest made from it) breaks, field by field. */
final class ConfigurationRejected {

    private ConfigurationRejected() {}

    static ProblemException of(List<FieldError> errors) {
        ProblemException problem = new ProblemException(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "dynamo-config-rejected",
                "Deployment configuration rejected",
                errors.size() + " rule(s) failed: "
                        + String.join(
                                "; ",
                                errors.stream()
                                        .map(e -> e.field() + ": " + e.message())
                                        .toList()));
        problem.getBody()
                .setProperty(
                        "errors",
                        errors.stream()
                                .map(e -> Map.of("field", e.field(), "message", e.message()))
                                .toList());
        return problem;
    }
}
