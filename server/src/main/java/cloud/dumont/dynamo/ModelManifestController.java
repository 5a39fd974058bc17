package cloud.dumont.dynamo;

import cloud.dumont.api.dynamo.DynamoDeploymentConfig;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Models")
class ModelManifestController {

    static final MediaType YAML = MediaType.parseMediaType("application/yaml");

    private final DynamoManifestService manifests;

    ModelManifestController(DynamoManifestService manifests) {
        this.manifests = manifests;
    }

    @PostMapping({"/api/v1/models/{organisation}/{name}/manifest", "/api/v1/models/{name}/manifest"})
    @Operation(
            summary =
                    "The DynamoGraphDeployment (YAML) a configuration deploys this model as: the deploy form's preview",
            description = "Model ids hold a slash (Qwen/Qwen3-0.6B), so the id takes two path segments. Every field of"
                    + " the configuration is optional. 422 lists every rule the configuration breaks by field: the"
                    + " operator's 45-character name rule, Kubernetes name syntax, replicas 1-10, an engine the model"
                    + " supports, a Secret for gated models, extra args that repeat the form's.")
    @ApiResponse(responseCode = "200", description = "The manifest, as application/yaml")
    ResponseEntity<String> manifest(
            @PathVariable(required = false) String organisation,
            @PathVariable String name,
            @RequestBody(required = false) DynamoDeploymentConfig config) {
        String modelId = organisation == null ? name : organisation + "/" + name;
        String yaml = manifests.yaml(manifests.manifest(modelId, config));
        return ResponseEntity.ok().contentType(YAML).body(yaml);
    }
}
