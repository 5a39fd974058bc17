package cloud.dumont.dynamo;

import cloud.dumont.api.deployment.DeploymentResponse;
import cloud.dumont.api.dynamo.ModelDeployRequest;
import cloud.dumont.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Models")
class ModelDeployController {

    private final ModelDeployments deployments;

    ModelDeployController(ModelDeployments deployments) {
        this.deployments = deployments;
    }

    @PostMapping("/api/v1/models/deploy")
    @Operation(
            summary = "Deploy a catalog model: on Kubernetes through NVIDIA Dynamo, or on Vast.ai with vLLM",
            description = "target kubernetes (the default) generates the DynamoGraphDeployment of the configuration"
                    + " (as the manifest preview shows it) and creates it on the cluster; target vast rents a GPU and"
                    + " runs the official vLLM template serving the model. Either way the answer is a deployment of"
                    + " the engine: progress on /deployments/{id}/events, destroy with DELETE /deployments/{id}. 422"
                    + " lists every rule the configuration breaks; a cluster that refuses the manifest fails the"
                    + " deployment with the API server's or webhook's message.")
    @ApiResponse(responseCode = "201", description = "The deployment, as stored")
    ResponseEntity<DeploymentResponse> deploy(@Valid @RequestBody ModelDeployRequest request, Authentication auth) {
        DeploymentResponse created = deployments.deploy(CurrentUser.of(auth), request);
        return ResponseEntity.status(HttpStatus.CREATED)
                .header("Location", "/api/v1/deployments/" + created.id())
                .body(created);
    }
}
