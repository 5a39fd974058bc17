package cloud.dumont.identity.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ServerSecretRepository extends JpaRepository<ServerSecretEntity, String> {}
