package cloud.dumont.deployment;

import cloud.dumont.api.deployment.DeployRequest;
import cloud.dumont.api.deployment.DeploymentResponse;
import cloud.dumont.deployment.internal.Deployments;
import cloud.dumont.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The seed platform's instance endpoints whose shape differs from the deployment API's (its list and detail are
 * mapped on {@link DeploymentController}): the same deployments seen from the instance side, so its clients keep
 * working. {@code id} is the deployment's id.
 */
@RestController
@Tag(name = "Instances")
class InstanceController {

    private final Deployments deployments;

    InstanceController(Deployments deployments) {
        this.deployments = deployments;
    }

    /** The seed's provision body: the template to run plus the deploy request's fields. */
    record ProvisionRequest(
            @NotBlank @Size(max = 80) String templateSlug,
            @Positive Long offerId,
            @Size(max = 64) String gpuName,
            Integer diskGb,
            @Size(max = 32) Map<String, String> env) {}

    @PostMapping("/api/v1/instances/provision")
    @Operation(summary = "Provision an instance of a template (same as POST /api/v1/templates/{slug}/deploy)")
    @ApiResponse(responseCode = "201", description = "The deployment, as stored")
    ResponseEntity<DeploymentResponse> provision(@Valid @RequestBody ProvisionRequest request, Authentication auth) {
        DeployRequest deploy =
                new DeployRequest(request.offerId(), request.gpuName(), request.diskGb(), request.env(), null);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(deployments.deploy(CurrentUser.of(auth), request.templateSlug(), deploy));
    }

    @PostMapping("/api/v1/instances/{id}/destroy")
    @Operation(summary = "Destroy an instance (same as DELETE /api/v1/deployments/{id})")
    @ApiResponse(responseCode = "202", description = "The deployment, now destroying (or already destroyed)")
    ResponseEntity<DeploymentResponse> destroy(@PathVariable UUID id, Authentication auth) {
        return ResponseEntity.accepted().body(deployments.destroy(CurrentUser.of(auth), id));
    }
}
