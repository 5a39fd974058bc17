package cloud.dumont.agent.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AgentTokenRepository extends JpaRepository<AgentTokenEntity, String> {

    Optional<AgentTokenEntity> findByTokenHash(String tokenHash);

    @Modifying
    @Query("delete from AgentTokenEntity t where t.deploymentId = :deploymentId")
    int deleteByDeploymentId(java.util.UUID deploymentId);

    long countByDeploymentId(UUID deploymentId);
}
