package cloud.dumont.catalog.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PublisherRepository extends JpaRepository<PublisherEntity, UUID> {
    Optional<PublisherEntity> findByHandle(String handle);

    Optional<PublisherEntity> findByUserId(UUID userId);

    boolean existsByHandle(String handle);
}
