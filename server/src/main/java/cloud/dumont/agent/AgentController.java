package cloud.dumont.agent;

import cloud.dumont.agent.internal.AgentCommandEntity.Kind;
import cloud.dumont.api.snapshots.AgentCommand;
import cloud.dumont.api.snapshots.AgentFailure;
import cloud.dumont.api.snapshots.AgentHeartbeat;
import cloud.dumont.api.snapshots.PresignedUrl;
import cloud.dumont.api.snapshots.RestorePlan;
import cloud.dumont.api.snapshots.SnapshotManifest;
import cloud.dumont.api.snapshots.SnapshotResponse;
import cloud.dumont.platform.ProblemException;
import cloud.dumont.snapshots.Snapshots;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The API an instance's agent calls with its deployment's agent token (not a user's): heartbeats that fetch the next
 * command, and the steps of a snapshot or a restore. A token reaches only its own deployment's snapshots and commands
 * (403 otherwise); a missing or unknown token is a 401. Answers carry pre-signed URLs, never storage credentials.
 */
@RestController
@RequestMapping("/api/v1/agent")
@Tag(name = "Agent")
class AgentController {

    private final AgentTokens tokens;
    private final AgentReports reports;
    private final AgentCommands commands;
    private final Snapshots snapshots;

    AgentController(AgentTokens tokens, AgentReports reports, AgentCommands commands, Snapshots snapshots) {
        this.tokens = tokens;
        this.reports = reports;
        this.commands = commands;
        this.snapshots = snapshots;
    }

    @PostMapping("/heartbeat")
    @Operation(summary = "Report GPU and app activity; answers the next command (none, snapshot or restore)")
    AgentCommand heartbeat(
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String auth,
            @Valid @RequestBody AgentHeartbeat beat) {
        UUID deploymentId = deployment(auth);
        reports.record(deploymentId, beat);
        return commands.deliverNext(deploymentId, AgentTokens.hash(bearer(auth)));
    }

    @PostMapping("/snapshots/{id}/chunks/{index}/url")
    @Operation(summary = "A pre-signed PUT URL for one chunk of the snapshot being uploaded")
    PresignedUrl chunkUrl(
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String auth,
            @PathVariable UUID id,
            @PathVariable int index) {
        ownSnapshot(auth, id);
        return snapshots.uploadUrl(id, index);
    }

    @PostMapping("/snapshots/{id}/complete")
    @Operation(summary = "Complete the snapshot: every chunk of the manifest must be stored with its size (422 if not)")
    SnapshotResponse complete(
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String auth,
            @PathVariable UUID id,
            @Valid @RequestBody SnapshotManifest manifest) {
        UUID deploymentId = ownSnapshot(auth, id);
        SnapshotResponse done = snapshots.complete(id, manifest);
        commands.finish(deploymentId, id, Kind.snapshot, null);
        return done;
    }

    @PostMapping("/snapshots/{id}/failed")
    @Operation(summary = "Give up the snapshot; its objects are deleted")
    ResponseEntity<Void> snapshotFailed(
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String auth,
            @PathVariable UUID id,
            @Valid @RequestBody AgentFailure failure) {
        UUID deploymentId = ownSnapshot(auth, id);
        snapshots.fail(id);
        commands.finish(deploymentId, id, Kind.snapshot, failure.error());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/snapshots/{id}/restore-plan")
    @Operation(summary = "The snapshot's manifest with a pre-signed GET URL per chunk")
    RestorePlan restorePlan(
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String auth,
            @PathVariable UUID id) {
        ownSnapshot(auth, id);
        return snapshots.restorePlan(id);
    }

    @PostMapping("/restores/{id}/complete")
    @Operation(summary = "Report a restore command done: the workspace holds the snapshot")
    ResponseEntity<Void> restored(
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String auth,
            @PathVariable UUID id) {
        commands.finish(deployment(auth), id, Kind.restore, null);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/restores/{id}/failed")
    @Operation(summary = "Report a restore command failed")
    ResponseEntity<Void> restoreFailed(
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String auth,
            @PathVariable UUID id,
            @Valid @RequestBody AgentFailure failure) {
        commands.finish(deployment(auth), id, Kind.restore, failure.error());
        return ResponseEntity.noContent().build();
    }

    private UUID deployment(String authorization) {
        return tokens.deploymentOf(bearer(authorization))
                .orElseThrow(() -> ProblemException.unauthorized("An agent token is required (Bearer dma_...)"));
    }

    private static String bearer(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).trim()
                : null;
    }

    private UUID ownSnapshot(String authorization, UUID snapshotId) {
        UUID deploymentId = deployment(authorization);
        SnapshotResponse snapshot =
                snapshots.find(snapshotId).orElseThrow(() -> ProblemException.notFound("Snapshot " + snapshotId));
        if (!snapshot.deploymentId().equals(deploymentId)) {
            throw ProblemException.forbidden("This agent token belongs to another deployment");
        }
        return deploymentId;
    }
}
