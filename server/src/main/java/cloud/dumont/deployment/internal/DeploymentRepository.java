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

    /** Live deployments a user holds; unclaimed warm-pool members do not count against their owner. */
    long countByOwnerIdAndStatusInAndPooledFalse(UUID ownerId, Collection<DeploymentStatus> statuses);

    /** A template's unclaimed warm-pool members in these states, the longest-running first. */
    List<DeploymentEntity> findByPooledTrueAndTemplateSlugAndStatusInOrderByRequestedAtAsc(
            String templateSlug, Collection<DeploymentStatus> statuses);

    @Query("select d.status, count(d) from DeploymentEntity d group by d.status")
    List<Object[]> countByStatus();
}
