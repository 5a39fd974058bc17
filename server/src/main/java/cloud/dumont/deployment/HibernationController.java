package cloud.dumont.deployment;

import cloud.dumont.api.deployment.DeploymentResponse;
import cloud.dumont.api.deployment.HibernationSettings;
import cloud.dumont.deployment.internal.HibernationCommands;
import cloud.dumont.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Auto-hibernation of Vast.ai deployments: settings, hibernate now, wake. */
@RestController
@Tag(name = "Deployments")
class HibernationController {

    private final HibernationCommands commands;

    HibernationController(HibernationCommands commands) {
        this.commands = commands;
    }

    @PutMapping("/api/v1/deployments/{id}/hibernation")
    @Operation(
            summary = "Set auto-hibernation: on or off with its GPU threshold and idle window, working hours, a run"
                    + " time limit",
            description = "On: once the GPU stays under the threshold while the app shows no activity (no busy"
                    + " Jupyter kernel, empty ComfyUI queue, no vLLM request, no Stable Diffusion job) for the whole"
                    + " window, the instance is stopped: its GPU is no longer billed, its disk is kept. Missing data"
                    + " never counts as idle. Working hours and a run time limit (each optional, on or off whatever"
                    + " idle hibernation is) stop it even when busy, after a warning: at the end of its"
                    + " working hours (a deployment started or woken outside them runs until the end of the next"
                    + " ones), and after its longest run (counted from its start or last wake). The request replaces"
                    + " all the settings; invalid hours or limit are a 422 naming each field, and change nothing.")
    DeploymentResponse configure(
            @PathVariable UUID id, @Valid @RequestBody HibernationSettings settings, Authentication auth) {
        return commands.configure(CurrentUser.of(auth), id, settings);
    }

    @PostMapping("/api/v1/deployments/{id}/hibernate")
    @Operation(summary = "Hibernate now: stop the instance, keep its disk, stop paying for its GPU")
    @ApiResponse(responseCode = "202", description = "The deployment, hibernating")
    ResponseEntity<DeploymentResponse> hibernate(@PathVariable UUID id, Authentication auth) {
        return ResponseEntity.accepted().body(commands.hibernate(CurrentUser.of(auth), id));
    }

    @PostMapping({"/api/v1/deployments/{id}/wake", "/api/v1/instances/{id}/wake"})
    @Operation(
            summary = "Wake a hibernated deployment",
            description = "Starts the stopped instance again; if its host's GPU was taken meanwhile (it does not run"
                    + " within the wake deadline), a new instance is rented instead.")
    @ApiResponse(responseCode = "202", description = "The deployment, waking")
    ResponseEntity<DeploymentResponse> wake(@PathVariable UUID id, Authentication auth) {
        return ResponseEntity.accepted().body(commands.wake(CurrentUser.of(auth), id));
    }
}
