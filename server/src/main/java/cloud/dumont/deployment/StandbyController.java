package cloud.dumont.deployment;

import cloud.dumont.api.deployment.DeploymentResponse;
import cloud.dumont.api.deployment.StandbyRequest;
import cloud.dumont.api.deployment.StandbyResponse;
import cloud.dumont.deployment.internal.FailoverCommands;
import cloud.dumont.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Failover on host loss, at the seed's {@code /api/v1/standby} paths. */
@RestController
@Tag(name = "Deployments")
class StandbyController {

    private final FailoverCommands commands;

    StandbyController(FailoverCommands commands) {
        this.commands = commands;
    }

    @GetMapping("/api/v1/standby")
    @Operation(summary = "Failover of each of your live Vast.ai deployments")
    List<StandbyResponse> list(Authentication auth) {
        return commands.list(CurrentUser.of(auth));
    }

    @PostMapping("/api/v1/standby")
    @Operation(
            summary = "Turn failover on or off for a deployment",
            description = "On: when its running host is exited, offline or unknown past the grace period (2 min), or"
                    + " gone, Dumont rents a new instance on another host instead of failing the deployment; the"
                    + " new host restores the latest workspace snapshot, taken every snapshot_interval_seconds.")
    StandbyResponse configure(@Valid @RequestBody StandbyRequest request, Authentication auth) {
        return commands.configure(
                CurrentUser.of(auth),
                request.deploymentId(),
                request.enabled() == null || request.enabled(),
                request.snapshotIntervalSeconds() == null
                        ? null
                        : java.time.Duration.ofSeconds(request.snapshotIntervalSeconds()));
    }

    @PostMapping("/api/v1/standby/failover")
    @Operation(summary = "Move a running deployment to a new host now")
    @ApiResponse(responseCode = "202", description = "The deployment, provisioning its new host")
    ResponseEntity<DeploymentResponse> failover(@Valid @RequestBody StandbyRequest request, Authentication auth) {
        return ResponseEntity.accepted().body(commands.failoverNow(CurrentUser.of(auth), request.deploymentId()));
    }
}
