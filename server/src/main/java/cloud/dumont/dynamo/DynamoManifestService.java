package cloud.dumont.dynamo;

import cloud.dumont.api.catalog.ModelResponse;
import cloud.dumont.api.dynamo.DynamoDeploymentConfig;
import cloud.dumont.catalog.ModelCatalog;
import cloud.dumont.deployment.GraphOrder;
import cloud.dumont.platform.ProblemException.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Turns a catalog model and a configuration into the DynamoGraphDeployment Dumont would send, checked three ways: the
 * configuration against the operator's admission rules, the manifest against the operator's own checks (a service at
 * least, worker command agreeing with {@code backendFramework}, no {@code dynamoNamespace}), and the manifest against
 * the CRD's JSON Schema.
 */
@Service
public class DynamoManifestService {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            // gpu: "1" is a string in the CRD; unquoted it would read back as a number and be refused.
            .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build();

    private final ModelCatalog models;
    private final DynamoProperties properties;
    private final ConfigResolver resolver;
    private final DynamoManifests manifests;
    private final ManifestSchema schema = new ManifestSchema();

    DynamoManifestService(ModelCatalog models, DynamoProperties properties) {
        this.models = models;
        this.properties = properties;
        this.resolver = new ConfigResolver(properties);
        this.manifests = new DynamoManifests(properties);
    }

    /** The manifest for {@code modelId} and {@code config}, or a 422 listing every broken rule. */
    public Map<String, Object> manifest(String modelId, DynamoDeploymentConfig config) {
        ModelResponse model = models.get(modelId);
        return checked(manifests.manifest(resolver.resolve(model, config)));
    }

    /** What the deployment engine runs for {@code modelId} and {@code config} on {@code cluster}, or a 422. */
    public GraphOrder order(String modelId, DynamoDeploymentConfig config, String cluster) {
        ModelResponse model = models.get(modelId);
        ResolvedConfig resolved = resolver.resolve(model, config);
        return new GraphOrder(
                model.id(),
                model.name(),
                properties.runtimeVersion(),
                cluster,
                resolved.namespace(),
                resolved.name(),
                resolved.engine().id,
                resolved.disaggregated() ? "disaggregated" : "aggregated",
                resolved.servedModelName(),
                resolved.replicas(),
                checked(manifests.manifest(resolved)));
    }

    private Map<String, Object> checked(Map<String, Object> manifest) {
        List<FieldProblem> problems = new ArrayList<>(OperatorChecks.check(manifest));
        problems.addAll(schema.violations(manifest));
        if (!problems.isEmpty()) {
            // A bug of ours, not of the request: still refused rather than sent and pruned by the API server.
            throw ConfigurationRejected.of(problems);
        }
        return manifest;
    }

    public String yaml(Map<String, Object> manifest) {
        return YAML.writeValueAsString(manifest);
    }
}
