package cloud.dumont.catalog.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ModelRepository extends JpaRepository<ModelEntity, String> {
    List<ModelEntity> findAllByOrderByPositionAsc();
}
