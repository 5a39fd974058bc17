package cloud.dumont.catalog.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TemplateVersionRepository extends JpaRepository<TemplateVersionEntity, UUID> {

    Optional<TemplateVersionEntity> findByTemplateIdAndVersion(UUID templateId, String version);

    List<TemplateVersionEntity> findByTemplateIdOrderByCreatedAtAsc(UUID templateId);
}
