package cloud.dumont.agent;

import java.time.Instant;
import java.util.UUID;

/**
 * Where a command for an agent stands.
 *
 * @param kind snapshot or restore
 * @param status pending (not yet delivered), running (delivered), done or failed
 * @param error the agent's reason when failed
 */
public record CommandState(
        UUID commandId,
        UUID deploymentId,
        String kind,
        UUID snapshotId,
        String status,
        String error,
        Instant updatedAt) {

    public boolean finished() {
        return status.equals("done") || status.equals("failed");
    }
}
