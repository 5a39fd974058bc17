package cloud.dumont.api.snapshots;

import java.util.UUID;

/**
 * The answer to a heartbeat: what the agent should do next.
 *
 * @param command none, snapshot or restore
 * @param commandId the command, to report its end with (a snapshot's is its snapshot id)
 * @param chunkSize for a snapshot, the size to cut the archive into
 */
public record AgentCommand(String command, UUID commandId, UUID snapshotId, Long chunkSize) {

    public static final AgentCommand NONE = new AgentCommand("none", null, null, null);
}
