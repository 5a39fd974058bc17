package cloud.dumont.dynamo;

import cloud.dumont.platform.ProblemException;
import cloud.dumont.platform.ProblemException.FieldProblem;
import java.util.List;
import org.springframework.http.HttpStatus;

/** A 422 that lists every rule a configuration (or the manifest made from it) breaks, field by field. */
final class ConfigurationRejected {

    private ConfigurationRejected() {}

    static ProblemException of(List<FieldProblem> errors) {
        return ProblemException.withFieldErrors(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "dynamo-config-rejected",
                "Deployment configuration rejected",
                errors.size() + " rule(s) failed",
                errors);
    }
}
