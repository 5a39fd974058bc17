package cloud.dumont.deployment;

import cloud.dumont.api.deployment.ChatRequest;
import cloud.dumont.api.deployment.ChatResponse;
import cloud.dumont.api.deployment.DeploymentResponse;
import cloud.dumont.api.deployment.GraphStatusResponse;
import cloud.dumont.api.deployment.PodResponse;
import cloud.dumont.api.deployment.ScaleRequest;
import cloud.dumont.deployment.internal.GraphOperations;
import cloud.dumont.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** What Kubernetes deployments add to the shared deployment routes: pods, scaling and a chat to try the model. */
@RestController
@Tag(name = "Deployments")
class GraphDeploymentController {

    private final GraphOperations graphs;

    GraphDeploymentController(GraphOperations graphs) {
        this.graphs = graphs;
    }

    @GetMapping("/api/v1/deployments/{id}/pods")
    @Operation(
            summary = "The pods of a Kubernetes deployment's DynamoGraphDeployment",
            description = "Found by the operator's label nvidia.com/dynamo-graph-deployment-name; each with phase,"
                    + " readiness, restarts, node, and why it is stuck (Unschedulable, CreateContainerConfigError,"
                    + " ErrImagePull) in Kubernetes' words. 409 for a Vast.ai deployment.")
    List<PodResponse> pods(@PathVariable UUID id, Authentication auth) {
        return graphs.pods(CurrentUser.of(auth), id);
    }

    @GetMapping("/api/v1/deployments/{id}/graph")
    @Operation(
            summary = "A Kubernetes deployment's DynamoGraphDeployment as the cluster reports it now",
            description = "Phase, whether the rollout caught up with the spec, the operator's conditions, each"
                    + " service's replicas, and the pods. exists is false before creation and after deletion.")
    GraphStatusResponse graph(@PathVariable UUID id, Authentication auth) {
        return graphs.status(CurrentUser.of(auth), id);
    }

    @PostMapping("/api/v1/deployments/{id}/scale")
    @Operation(
            summary = "Scale a Kubernetes deployment's workers (1 to 10 replicas per worker service)",
            description = "Answers at once; the new count is written to the DGD and the replicas' readiness follows"
                    + " in the events. 409 for a Vast.ai deployment or one that is not live.")
    @ApiResponse(responseCode = "202", description = "The deployment, with the new desired replica count")
    ResponseEntity<DeploymentResponse> scale(
            @PathVariable UUID id, @Valid @RequestBody ScaleRequest request, Authentication auth) {
        return ResponseEntity.accepted().body(graphs.scale(CurrentUser.of(auth), id, request.replicas()));
    }

    @PostMapping("/api/v1/deployments/{id}/chat")
    @Operation(
            summary = "Try the model: one chat request to the deployment's OpenAI-compatible frontend",
            description = "Sent through the Kubernetes API server's service proxy to svc/<dgd>-frontend:8000"
                    + " /v1/chat/completions, with the served model name filled in. 409 unless running; 502 with the"
                    + " frontend's or proxy's message when it answers with an error.")
    ChatResponse chat(@PathVariable UUID id, @Valid @RequestBody ChatRequest request, Authentication auth) {
        return graphs.chat(CurrentUser.of(auth), id, request);
    }
}
