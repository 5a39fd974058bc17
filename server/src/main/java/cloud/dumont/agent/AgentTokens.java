package cloud.dumont.agent;

import cloud.dumont.agent.internal.AgentTokenEntity;
import cloud.dumont.agent.internal.AgentTokenRepository;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per-deployment agent tokens. The engine issues one for every instance it launches and puts it, with this server's
 * URL, into the instance's environment ({@link #ENV_URL}, {@link #ENV_TOKEN}); it revokes them all on destroy. A token
 * reaches its own deployment's agent API and nothing else; only its hash is stored. One per launch rather than one per
 * deployment, because several instances of a deployment can live at once (racers, a wake's fresh instance beside the
 * restarting one) and the raw token is not kept to hand out again.
 */
@Service
public class AgentTokens {

    /** The environment variable holding the URL the agent calls (this server's base URL). */
    public static final String ENV_URL = "DUMONT_AGENT_URL";

    /** The environment variable holding the raw agent token. */
    public static final String ENV_TOKEN = "DUMONT_AGENT_TOKEN";

    static final String PREFIX = "dma_";

    private final AgentTokenRepository repository;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AgentTokens(AgentTokenRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** A new raw token for an agent of the deployment; the deployment's other tokens keep working. */
    @Transactional
    public String issue(UUID deploymentId) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String raw = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        repository.save(new AgentTokenEntity(deploymentId, hash(raw), clock.instant()));
        return raw;
    }

    /** Every token of the deployment stops working; revoking twice is fine. */
    @Transactional
    public void revoke(UUID deploymentId) {
        repository.deleteByDeploymentId(deploymentId);
    }

    /** The deployment a raw token belongs to. */
    @Transactional(readOnly = true)
    public Optional<UUID> deploymentOf(String raw) {
        if (raw == null || !raw.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return repository.findByTokenHash(hash(raw)).map(AgentTokenEntity::getDeploymentId);
    }

    static String hash(String raw) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
