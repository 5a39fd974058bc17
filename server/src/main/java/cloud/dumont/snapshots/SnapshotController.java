package cloud.dumont.snapshots;

import cloud.dumont.api.snapshots.SnapshotResponse;
import cloud.dumont.identity.CurrentUser;
import cloud.dumont.platform.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A deployment's snapshots for its owner (or an admin): list with size and age, delete. */
@RestController
@Tag(name = "Snapshots")
class SnapshotController {

    private final Snapshots snapshots;
    private final SnapshotAccess access;

    SnapshotController(Snapshots snapshots, SnapshotAccess access) {
        this.snapshots = snapshots;
        this.access = access;
    }

    @GetMapping("/api/v1/deployments/{id}/snapshots")
    @Operation(
            summary = "The deployment's workspace snapshots, newest first, with size, age and status",
            security = @SecurityRequirement(name = "bearer"))
    List<SnapshotResponse> list(@PathVariable UUID id, Authentication auth) {
        access.checkManage(CurrentUser.of(auth), id);
        return snapshots.list(id);
    }

    @DeleteMapping("/api/v1/deployments/{id}/snapshots/{snapshotId}")
    @Operation(
            summary = "Delete a snapshot and its stored objects (409 while the deployment relies on it: its"
                    + " hibernation's snapshot, or one being restored)",
            security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<Void> delete(@PathVariable UUID id, @PathVariable UUID snapshotId, Authentication auth) {
        CurrentUser user = CurrentUser.of(auth);
        access.checkManage(user, id);
        SnapshotResponse snapshot = snapshots
                .find(snapshotId)
                .filter(s -> s.deploymentId().equals(id))
                .orElseThrow(() -> ProblemException.notFound("Snapshot " + snapshotId));
        access.checkDeletable(user, id, snapshot.id());
        snapshots.delete(snapshot.id());
        return ResponseEntity.noContent().build();
    }
}
