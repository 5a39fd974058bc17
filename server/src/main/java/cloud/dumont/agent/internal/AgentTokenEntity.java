package cloud.dumont.agent.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One agent token of a deployment (one per instance launched); only its SHA-256 is stored. */
@Entity
@Table(name = "agent_launch_tokens")
public class AgentTokenEntity {

    @Id
    private String tokenHash;

    private UUID deploymentId;
    private Instant issuedAt;

    protected AgentTokenEntity() {}

    public AgentTokenEntity(UUID deploymentId, String tokenHash, Instant issuedAt) {
        this.deploymentId = deploymentId;
        this.tokenHash = tokenHash;
        this.issuedAt = issuedAt;
    }

    public UUID getDeploymentId() {
        return deploymentId;
    }
}
