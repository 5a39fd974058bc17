package cloud.dumont.deployment;

import cloud.dumont.api.deployment.DeployRequest;
import cloud.dumont.api.deployment.DeploymentEventResponse;
import cloud.dumont.api.deployment.DeploymentResponse;
import cloud.dumont.deployment.internal.DeploymentStore;
import cloud.dumont.deployment.internal.Deployments;
import cloud.dumont.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
@Tag(name = "Deployments")
class DeploymentController {

    private final Deployments deployments;
    private final DeploymentStore store;
    private final EventStreams streams;

    DeploymentController(Deployments deployments, DeploymentStore store, EventStreams streams) {
        this.deployments = deployments;
        this.store = store;
        this.streams = streams;
    }

    @PostMapping({"/api/v1/templates/{slug}/deploy", "/api/templates/{slug}/deploy"})
    @Operation(
            summary = "Deploy a template on an offer or on the best offer of a GPU model",
            description = "Answers 201 at once with the deployment (with instance_id when the provider accepted the"
                    + " order in time); progress follows on /deployments/{id}/events. 422 when the GPU is below the"
                    + " template's minimum, 429 at the per-user limit of live deployments, 503 when the GPU provider"
                    + " is not configured or does not answer.")
    @ApiResponse(responseCode = "201", description = "The deployment, as stored")
    ResponseEntity<DeploymentResponse> deploy(
            @PathVariable String slug, @Valid @RequestBody DeployRequest request, Authentication auth) {
        DeploymentResponse created = deployments.deploy(CurrentUser.of(auth), slug, request);
        return ResponseEntity.status(HttpStatus.CREATED)
                .header("Location", "/api/v1/deployments/" + created.id())
                .body(created);
    }

    @GetMapping({"/api/v1/deployments", "/api/v1/instances"})
    @Operation(
            summary = "Your deployments, newest first (an admin sees everyone's)",
            description = "/api/v1/instances is the seed platform's name for the same list.")
    List<DeploymentResponse> list(Authentication auth) {
        return deployments.list(CurrentUser.of(auth));
    }

    @GetMapping({"/api/v1/deployments/{id}", "/api/v1/instances/{id}"})
    @Operation(summary = "One deployment; its app secret and secret links are shown to its owner only")
    DeploymentResponse get(@PathVariable UUID id, Authentication auth) {
        return deployments.get(CurrentUser.of(auth), id);
    }

    @DeleteMapping("/api/v1/deployments/{id}")
    @Operation(summary = "Destroy the deployment's instance (stops billing); idempotent")
    @ApiResponse(responseCode = "202", description = "The deployment, now destroying (or already destroyed)")
    ResponseEntity<DeploymentResponse> destroy(@PathVariable UUID id, Authentication auth) {
        return ResponseEntity.accepted().body(deployments.destroy(CurrentUser.of(auth), id));
    }

    @PostMapping("/api/v1/deployments/{id}/retry")
    @Operation(summary = "Retry a failed or unhealthy deployment on a new instance")
    @ApiResponse(responseCode = "202", description = "The deployment, pending its next attempt")
    ResponseEntity<DeploymentResponse> retry(@PathVariable UUID id, Authentication auth) {
        return ResponseEntity.accepted().body(deployments.retry(CurrentUser.of(auth), id));
    }

    @GetMapping(value = "/api/v1/deployments/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(
            summary = "The deployment's events as Server-Sent Events: past events first, then live ones",
            description = "Each event's id is its seq; send Last-Event-ID to resume after it.")
    SseEmitter events(
            @PathVariable UUID id,
            @RequestHeader(name = "Last-Event-ID", required = false) Integer lastEventId,
            Authentication auth) {
        deployments.visible(CurrentUser.of(auth), id);
        return streams.open(id, lastEventId == null ? 0 : lastEventId);
    }

    @GetMapping(value = "/api/v1/deployments/{id}/events", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The deployment's events so far, as a JSON list")
    List<DeploymentEventResponse> eventList(@PathVariable UUID id, Authentication auth) {
        deployments.visible(CurrentUser.of(auth), id);
        return store.eventsAfter(id, 0).stream().map(e -> e.toResponse()).toList();
    }
}
