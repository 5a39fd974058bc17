package cloud.dumont.deployment.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DeploymentEventRepository extends JpaRepository<DeploymentEventEntity, Long> {

    List<DeploymentEventEntity> findByDeploymentIdAndSeqGreaterThanOrderBySeq(UUID deploymentId, int seq);

    @Query("select coalesce(max(e.seq), 0) from DeploymentEventEntity e where e.deploymentId = ?1")
    int lastSeq(UUID deploymentId);
}
