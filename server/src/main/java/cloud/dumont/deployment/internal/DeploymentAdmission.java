package cloud.dumont.deployment.internal;

import cloud.dumont.api.deployment.DeploymentStatus;
import cloud.dumont.platform.ProblemException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admits a new deployment under the per-user limit of live deployments. The user's quota row is locked while counting
 * and inserting, so two deploys sent at the same moment cannot both slip under the limit.
 */
@Component
class DeploymentAdmission {

    static final Set<DeploymentStatus> COUNTED = EnumSet.of(
            DeploymentStatus.pending,
            DeploymentStatus.provisioning,
            DeploymentStatus.starting,
            DeploymentStatus.running,
            DeploymentStatus.unhealthy,
            DeploymentStatus.destroying);

    private final JdbcClient jdbc;
    private final DeploymentRepository deployments;
    private final DeploymentStore store;
    private final DeploymentProperties properties;

    DeploymentAdmission(
            JdbcClient jdbc, DeploymentRepository deployments, DeploymentStore store, DeploymentProperties properties) {
        this.jdbc = jdbc;
        this.deployments = deployments;
        this.store = store;
        this.properties = properties;
    }

    @Transactional
    void admit(DeploymentEntity d) {
        jdbc.sql("select owner_id from deployment_quotas where owner_id = ? for update")
                .param(d.getOwnerId())
                .query()
                .singleValue();
        checkQuota(d.getOwnerId());
        store.insert(d);
    }

    /**
     * Hands a warm-pool member to a user, under the user's quota like any deploy. The update only succeeds while the
     * member is still unclaimed, and bumps the row version, so a second claim or a reconcile pass holding an older
     * copy cannot undo it.
     *
     * @return whether the member was still free and is now the user's
     */
    @Transactional
    boolean claim(UUID memberId, UUID userId) {
        jdbc.sql("select owner_id from deployment_quotas where owner_id = ? for update")
                .param(userId)
                .query()
                .singleValue();
        checkQuota(userId);
        return jdbc.sql("update deployments set pooled = false, owner_id = ?, row_version = row_version + 1"
                                + " where id = ? and pooled = true")
                        .params(userId, memberId)
                        .update()
                == 1;
    }

    private void checkQuota(UUID ownerId) {
        long live = deployments.countByOwnerIdAndStatusInAndPooledFalse(ownerId, COUNTED);
        if (live >= properties.maxPerUser()) {
            throw ProblemException.tooManyRequests(
                    "You already have " + live + " live deployments, the most allowed at once ("
                            + properties.maxPerUser() + "); destroy one before deploying another",
                    Duration.ofMinutes(1));
        }
    }

    /**
     * Creates the user's quota row on their first deploy, in a transaction of its own, so a second deploy creating it
     * at the same moment costs only that small transaction (a failed insert would abort a PostgreSQL transaction). It
     * is a plain insert after a miss: H2 takes a table lock for {@code insert ... on conflict}, which queued
     * everyone's deploys behind it.
     */
    @Transactional
    void ensureQuotaRow(UUID ownerId) {
        boolean exists = !jdbc.sql("select owner_id from deployment_quotas where owner_id = ?")
                .param(ownerId)
                .query(UUID.class)
                .list()
                .isEmpty();
        if (!exists) {
            try {
                jdbc.sql("insert into deployment_quotas (owner_id) values (?)")
                        .param(ownerId)
                        .update();
            } catch (DuplicateKeyException createdMeanwhile) {
                // another deploy of the same user created it first
            }
        }
    }
}
