package cloud.dumont.snapshots.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SnapshotRepository extends JpaRepository<SnapshotEntity, UUID> {

    List<SnapshotEntity> findByDeploymentIdOrderByCreatedAtDesc(UUID deploymentId);
}
