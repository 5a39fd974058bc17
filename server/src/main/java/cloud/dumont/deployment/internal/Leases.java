package cloud.dumont.deployment.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Row leases on deployments. A replica claims due rows with {@code FOR UPDATE SKIP LOCKED} (so two replicas never
 * claim the same row) and stamps them with its name and an expiry; a crashed replica's leases simply expire and
 * another replica picks the rows up.
 */
@Component
class Leases {

    private final JdbcClient jdbc;

    Leases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    List<UUID> claimDue(String owner, Instant now, Instant until, int limit) {
        List<UUID> ids = jdbc.sql(
                        """
                        select id from deployments
                         where next_check_at <= :now
                           and status not in ('failed', 'destroyed')
                           and (lease_until is null or lease_until < :now)
                         order by next_check_at
                         limit :limit
                         for update skip locked""")
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query(UUID.class)
                .list();
        if (!ids.isEmpty()) {
            jdbc.sql("update deployments set lease_owner = :owner, lease_until = :until where id in (:ids)")
                    .param("owner", owner)
                    .param("until", Timestamp.from(until))
                    .param("ids", ids)
                    .update();
        }
        return ids;
    }

    /** Gives a row back and says when it is due again; only the lease's holder can. */
    @Transactional
    void release(UUID id, String owner, Instant nextCheckAt) {
        jdbc.sql(
                        """
                        update deployments set lease_owner = null, lease_until = null, next_check_at = :next
                         where id = :id and lease_owner = :owner""")
                .param("next", Timestamp.from(nextCheckAt))
                .param("id", id)
                .param("owner", owner)
                .update();
    }
}
