package cloud.dumont.agent.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgentTokenRepository extends JpaRepository<AgentTokenEntity, UUID> {

    Optional<AgentTokenEntity> findByTokenHash(String tokenHash);
}
