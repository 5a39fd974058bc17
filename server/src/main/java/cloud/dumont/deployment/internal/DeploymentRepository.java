package cloud.dumont.deployment.internal;

import cloud.dumont.api.deployment.DeploymentStatus;
import java.time.Instant;
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

    /**
     * An owner's Vast.ai deployments, not warm-pool stock, that may have cost something since {@code from}: not
     * destroyed before it. (Not filtered on the request time, which a retry moves on.)
     */
    @Query(
            "select d from DeploymentEntity d where d.ownerId = :owner and d.pooled = false"
                    + " and d.target = cloud.dumont.api.deployment.DeploymentTarget.vast and (d.destroyedAt is null or d.destroyedAt >= :from) order by d.requestedAt desc")
    List<DeploymentEntity> findBilledSince(UUID owner, Instant from);

    /** An owner's deployments, not warm-pool stock, that hibernation has saved money on or is saving on now. */
    @Query("select d from DeploymentEntity d where d.ownerId = :owner and d.pooled = false"
            + " and (d.hibernationSavedUsd > 0 or d.hibernatedAt is not null)")
    List<DeploymentEntity> findSaversOf(UUID owner);

    @Query("select d.status, count(d) from DeploymentEntity d group by d.status")
    List<Object[]> countByStatus();
}
