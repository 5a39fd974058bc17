package cloud.dumont.deployment.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface WarmPoolRepository extends JpaRepository<WarmPoolEntity, String> {}
