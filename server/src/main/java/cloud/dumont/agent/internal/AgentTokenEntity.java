package cloud.dumont.agent.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A deployment's agent token; only its SHA-256 is stored. */
@Entity
@Table(name = "agent_tokens")
public class AgentTokenEntity {

    @Id
    private UUID deploymentId;

    private String tokenHash;
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

    public void reissue(String tokenHash, Instant now) {
        this.tokenHash = tokenHash;
        this.issuedAt = now;
    }
}
