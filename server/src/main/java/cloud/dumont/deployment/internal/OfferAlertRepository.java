package cloud.dumont.deployment.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface OfferAlertRepository extends JpaRepository<OfferAlertEntity, UUID> {

    List<OfferAlertEntity> findByOwnerIdOrderByCreatedAtDesc(UUID ownerId);

    List<OfferAlertEntity> findByNotifiedAtIsNull();
}
