package cloud.dumont.agent.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgentCommandRepository extends JpaRepository<AgentCommandEntity, UUID> {

    List<AgentCommandEntity> findByDeploymentIdAndStatusOrderByCreatedAt(
            UUID deploymentId, AgentCommandEntity.Status status);

    List<AgentCommandEntity> findByDeploymentIdAndKindAndSnapshotIdOrderByUpdatedAtDesc(
            UUID deploymentId, AgentCommandEntity.Kind kind, UUID snapshotId);
}
