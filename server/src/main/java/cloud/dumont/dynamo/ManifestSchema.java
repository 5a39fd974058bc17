package cloud.dumont.dynamo;

import cloud.dumont.platform.ProblemException.FieldProblem;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The v1alpha1 DynamoGraphDeployment schema kept in the repository ({@code dynamo/...schema.json}), trimmed from the
 * CRD with {@code additionalProperties: false} throughout. Every manifest is checked against it before it leaves.
 */
final class ManifestSchema {

    static final String RESOURCE = "/dynamo/dynamographdeployment-v1alpha1.schema.json";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Schema schema;

    ManifestSchema() {
        try (InputStream in = ManifestSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the manifest breaks, as {@code <location>: <message>}; empty when it is valid. */
    List<FieldProblem> violations(Map<String, Object> manifest) {
        List<Error> errors = schema.validate(JSON.valueToTree(manifest));
        return errors.stream()
                .map(e -> new FieldProblem(e.getInstanceLocation().toString(), e.getMessage()))
                .toList();
    }
}
