package cloud.dumont.agent.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A command for a deployment's agent: pending until a heartbeat delivers it, running until the agent reports. */
@Entity
@Table(name = "agent_commands")
public class AgentCommandEntity {

    public enum Kind {
        snapshot,
        restore
    }

    public enum Status {
        pending,
        running,
        done,
        failed
    }

    @Id
    private UUID id;

    private UUID deploymentId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private UUID snapshotId;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String error;

    /** The one agent meant to take it (the hash of its token), or null for any agent of the deployment. */
    private String tokenHash;

    private Instant createdAt;
    private Instant updatedAt;

    protected AgentCommandEntity() {}

    public AgentCommandEntity(UUID id, UUID deploymentId, Kind kind, UUID snapshotId, Instant now) {
        this.id = id;
        this.deploymentId = deploymentId;
        this.kind = kind;
        this.snapshotId = snapshotId;
        this.status = Status.pending;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public AgentCommandEntity forAgent(String tokenHash) {
        this.tokenHash = tokenHash;
        return this;
    }

    /** Whether the agent holding this token may take it. */
    public boolean meantFor(String agentTokenHash) {
        return tokenHash == null || tokenHash.equals(agentTokenHash);
    }

    public void moveTo(Status next, String error, Instant now) {
        this.status = next;
        this.error = error;
        this.updatedAt = now;
    }

    public UUID getId() {
        return id;
    }

    public UUID getDeploymentId() {
        return deploymentId;
    }

    public Kind getKind() {
        return kind;
    }

    public UUID getSnapshotId() {
        return snapshotId;
    }

    public Status getStatus() {
        return status;
    }

    public String getError() {
        return error;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
