package cloud.dumont.deployment.internal;

import cloud.dumont.api.deployment.DeploymentEventResponse;
import cloud.dumont.api.deployment.DeploymentStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One stored event of a deployment. */
@Entity
@Table(name = "deployment_events")
public class DeploymentEventEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private UUID deploymentId;
    private int seq;
    private Instant at;
    private String type;

    @Enumerated(EnumType.STRING)
    private DeploymentStatus status;

    private String message;

    protected DeploymentEventEntity() {}

    DeploymentEventEntity(
            UUID deploymentId, int seq, Instant at, String type, DeploymentStatus status, String message) {
        this.deploymentId = deploymentId;
        this.seq = seq;
        this.at = at;
        this.type = type;
        this.status = status;
        this.message = message.length() > 1000 ? message.substring(0, 997) + "..." : message;
    }

    public DeploymentEventResponse toResponse() {
        return new DeploymentEventResponse(seq, deploymentId, at, type, status, message);
    }

    public int getSeq() {
        return seq;
    }
}
