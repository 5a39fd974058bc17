package cloud.dumont.deployment.internal;

import cloud.dumont.api.deployment.DeploymentStatus;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DeploymentRepository extends JpaRepository<DeploymentEntity, UUID> {

    List<DeploymentEntity> findByOwnerIdOrderByRequestedAtDesc(UUID ownerId);

    List<DeploymentEntity> findAllByOrderByRequestedAtDesc();

    long countByOwnerIdAndStatusIn(UUID ownerId, Collection<DeploymentStatus> statuses);

    @Query("select d.status, count(d) from DeploymentEntity d group by d.status")
    List<Object[]> countByStatus();
}
