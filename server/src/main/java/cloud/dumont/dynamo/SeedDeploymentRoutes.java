package cloud.dumont.dynamo;

import cloud.dumont.api.deployment.DeploymentResponse;
import cloud.dumont.api.deployment.DeploymentTarget;
import cloud.dumont.api.deployment.PodResponse;
import cloud.dumont.api.dynamo.ModelDeployRequest;
import cloud.dumont.deployment.DeploymentService;
import cloud.dumont.identity.CurrentUser;
import cloud.dumont.platform.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Dynamote plan's routes ({@code /api/deployments}, deployments named by their DGD name), mapped onto the
 * engine's Kubernetes deployments so tools written against that plan work unchanged. A name may also be a deployment
 * id; when a user has the same name in two namespaces or clusters, the newest live one answers.
 */
@RestController
@Tag(name = "Kubernetes")
class SeedDeploymentRoutes {

    private final DeploymentService deployments;
    private final ModelDeployments models;

    SeedDeploymentRoutes(DeploymentService deployments, ModelDeployments models) {
        this.deployments = deployments;
        this.models = models;
    }

    @GetMapping("/api/deployments")
    @Operation(summary = "Your Kubernetes deployments (the Dynamote plan's list of DynamoGraphDeployments)")
    List<DeploymentResponse> list(Authentication auth) {
        return list(CurrentUser.of(auth));
    }

    @PostMapping("/api/deployments")
    @Operation(summary = "Deploy a model on Kubernetes (the body of POST /api/v1/models/deploy; target is kubernetes)")
    ResponseEntity<DeploymentResponse> create(@Valid @RequestBody ModelDeployRequest request, Authentication auth) {
        if ("vast".equals(request.target())) {
            throw ProblemException.conflict(
                    "/api/deployments deploys on Kubernetes; use /api/v1/models/deploy for" + " target vast");
        }
        DeploymentResponse created = models.deploy(CurrentUser.of(auth), request);
        return ResponseEntity.status(HttpStatus.CREATED)
                .header("Location", "/api/v1/deployments/" + created.id())
                .body(created);
    }

    @GetMapping("/api/deployments/{name}")
    @Operation(summary = "One Kubernetes deployment by DGD name (or id)")
    DeploymentResponse get(@PathVariable String name, Authentication auth) {
        return named(CurrentUser.of(auth), name);
    }

    @DeleteMapping("/api/deployments/{name}")
    @Operation(summary = "Delete a Kubernetes deployment's DGD by name (or id)")
    ResponseEntity<DeploymentResponse> delete(@PathVariable String name, Authentication auth) {
        CurrentUser user = CurrentUser.of(auth);
        return ResponseEntity.accepted()
                .body(deployments.destroy(user, named(user, name).id()));
    }

    @GetMapping("/api/deployments/{name}/pods")
    @Operation(summary = "The pods of a Kubernetes deployment by DGD name (or id)")
    List<PodResponse> pods(@PathVariable String name, Authentication auth) {
        CurrentUser user = CurrentUser.of(auth);
        return deployments.pods(user, named(user, name).id());
    }

    private DeploymentResponse named(CurrentUser user, String name) {
        UUID id = asId(name);
        if (id != null) {
            return deployments.get(user, id);
        }
        return list(user).stream()
                .filter(d -> d.kubernetes().name().equals(name))
                .min(Comparator.comparing((DeploymentResponse d) -> !d.status().live())
                        .thenComparing(DeploymentResponse::createdAt, Comparator.reverseOrder()))
                .orElseThrow(() -> ProblemException.notFound("Kubernetes deployment " + name));
    }

    private List<DeploymentResponse> list(CurrentUser user) {
        return deployments.list(user).stream()
                .filter(d -> d.target() == DeploymentTarget.kubernetes)
                .toList();
    }

    private static UUID asId(String name) {
        try {
            return UUID.fromString(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
