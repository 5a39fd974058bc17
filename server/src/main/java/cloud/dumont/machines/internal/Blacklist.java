package cloud.dumont.machines.internal;

import cloud.dumont.api.machines.BlacklistEntry;
import cloud.dumont.deployment.BlockedMachines;
import cloud.dumont.platform.ProblemException;
import cloud.dumont.platform.SqlTimes;
import cloud.dumont.provider.GpuCloud;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The machine blacklist of the cloud the server uses now: automatic entries from {@link BlacklistPolicy}, admins'
 * entries and clearances. Every offer search asks it, so the active entries are kept in memory for a few seconds
 * (other replicas' changes show within that time; this replica's at once).
 */
@Service
public class Blacklist implements BlockedMachines {

    private static final Logger log = LoggerFactory.getLogger(Blacklist.class);
    private static final Duration ACTIVE_SET_TTL = Duration.ofSeconds(5);
    static final String AUTOMATIC = "automatic";
    static final String ADMIN = "admin";

    private final JdbcClient jdbc;
    private final GpuCloud cloud;
    private final BlacklistPolicy policy;
    private final MachinesProperties properties;
    private final Clock clock;

    /** Machine id to the end of its active entry ({@link Instant#MAX} for an entry without end). */
    private final LoadingCache<Boolean, Map<Long, Instant>> active;

    Blacklist(JdbcClient jdbc, GpuCloud cloud, BlacklistPolicy policy, MachinesProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.cloud = cloud;
        this.policy = policy;
        this.properties = properties;
        this.clock = clock;
        this.active = Caffeine.newBuilder().expireAfterWrite(ACTIVE_SET_TTL).build(this::loadActive);
    }

    @Override
    public boolean isBlocked(long machineId) {
        Instant until = active.get(cloud.simulated()).get(machineId);
        return until != null && until.isAfter(clock.instant());
    }

    @Override
    public int count() {
        Instant now = clock.instant();
        return (int) active.get(cloud.simulated()).values().stream()
                .filter(until -> until.isAfter(now))
                .count();
    }

    /** Active entries, newest first. */
    @Transactional(readOnly = true)
    public List<BlacklistEntry> activeEntries() {
        Instant now = clock.instant();
        return jdbc.sql("select * from machine_blacklist where simulated = ? and cleared_at is null"
                        + " and (expires_at is null or expires_at > ?) order by started_at desc, id desc")
                .params(cloud.simulated(), SqlTimes.at(now))
                .query((rs, n) -> entry(rs, now))
                .list();
    }

    /** Every entry of one machine, newest first. */
    @Transactional(readOnly = true)
    public List<BlacklistEntry> entries(long machineId) {
        Instant now = clock.instant();
        return jdbc.sql("select * from machine_blacklist where simulated = ? and machine_id = ?"
                        + " order by started_at desc, id desc")
                .params(cloud.simulated(), machineId)
                .query((rs, n) -> entry(rs, now))
                .list();
    }

    /** An admin's entry; an active entry of the machine ends where the new one starts. */
    @Transactional
    public BlacklistEntry add(UUID admin, long machineId, String reason, Integer durationHours) {
        Instant now = clock.instant();
        end(machineId, now, admin, "Replaced by an admin's entry");
        Instant expires = durationHours == null ? null : now.plus(Duration.ofHours(durationHours));
        insert(machineId, ADMIN, reason.strip(), offence(machineId, now), now, expires, admin);
        log.info(
                "Machine {} blacklisted by admin {} until {}", machineId, admin, expires == null ? "cleared" : expires);
        return entries(machineId).getFirst();
    }

    /** An admin's early release; 404 when the machine is not blacklisted now. */
    @Transactional
    public BlacklistEntry clear(UUID admin, long machineId, String reason) {
        Instant now = clock.instant();
        if (end(machineId, now, admin, reason.strip()) == 0) {
            throw ProblemException.notFound("An active blacklist entry for machine " + machineId);
        }
        log.info("Machine {} cleared from the blacklist by admin {}", machineId, admin);
        return entries(machineId).getFirst();
    }

    /**
     * Judges a machine after an attempt on it was recorded (inside that transaction): blacklists it when its record
     * since it was last released is below the policy's bar.
     */
    void judge(long machineId, boolean simulated, Instant now) {
        if (activeEntry(machineId, simulated, now).isPresent()) {
            return;
        }
        Instant since = lastRelease(machineId, simulated).orElse(Instant.MIN);
        Instant windowStart = now.minus(properties.verdictWindow());
        Instant from = since.isAfter(windowStart) ? since : windowStart;
        int[] counts = {0, 0};
        jdbc.sql("select outcome from machine_attempts where simulated = ? and machine_id = ? and at >= ?"
                        + " and outcome in ('ready', 'failed')")
                .params(simulated, machineId, SqlTimes.at(from))
                .query(rs -> {
                    counts["ready".equals(rs.getString(1)) ? 0 : 1]++;
                });
        if (!policy.failing(counts[0], counts[1])) {
            return;
        }
        int offence = offence(machineId, simulated, now);
        Instant expires = now.plus(policy.duration(offence));
        insert(machineId, simulated, AUTOMATIC, policy.reason(counts[0], counts[1]), offence, now, expires, null);
        log.info("Machine {} blacklisted automatically until {} (offence {})", machineId, expires, offence);
    }

    private Optional<Long> activeEntry(long machineId, boolean simulated, Instant now) {
        return jdbc.sql("select id from machine_blacklist where simulated = ? and machine_id = ? and cleared_at is null"
                        + " and (expires_at is null or expires_at > ?)")
                .params(simulated, machineId, SqlTimes.at(now))
                .query(Long.class)
                .optional();
    }

    /** When the machine's latest entry ended (expired or cleared), if it had one. */
    private Optional<Instant> lastRelease(long machineId, boolean simulated) {
        return jdbc.sql("select coalesce(cleared_at, expires_at) as released from machine_blacklist"
                        + " where simulated = ? and machine_id = ? order by started_at desc, id desc limit 1")
                .params(simulated, machineId)
                .query((rs, n) -> Optional.ofNullable(SqlTimes.instant(rs, "released")))
                .optional()
                .flatMap(o -> o);
    }

    private int offence(long machineId, Instant now) {
        return offence(machineId, cloud.simulated(), now);
    }

    private int offence(long machineId, boolean simulated, Instant now) {
        Integer earlier = jdbc.sql("select count(*) from machine_blacklist where simulated = ? and machine_id = ?"
                        + " and started_at >= ?")
                .params(simulated, machineId, SqlTimes.at(now.minus(properties.offenceMemory())))
                .query(Integer.class)
                .single();
        return earlier + 1;
    }

    private int end(long machineId, Instant now, UUID admin, String reason) {
        int ended = jdbc.sql("update machine_blacklist set cleared_at = ?, cleared_by = ?, clear_reason = ?"
                        + " where simulated = ? and machine_id = ? and cleared_at is null"
                        + " and (expires_at is null or expires_at > ?)")
                .params(SqlTimes.at(now), admin, reason, cloud.simulated(), machineId, SqlTimes.at(now))
                .update();
        forgetAfterCommit();
        return ended;
    }

    private void insert(
            long machineId, String source, String reason, int offence, Instant now, Instant expires, UUID admin) {
        insert(machineId, cloud.simulated(), source, reason, offence, now, expires, admin);
    }

    private void insert(
            long machineId,
            boolean simulated,
            String source,
            String reason,
            int offence,
            Instant now,
            Instant expires,
            UUID admin) {
        jdbc.sql("insert into machine_blacklist (machine_id, simulated, source, reason, offence, started_at,"
                        + " expires_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(machineId, simulated, source, reason, offence, SqlTimes.at(now), SqlTimes.at(expires), admin)
                .update();
        forgetAfterCommit();
    }

    /** The cached active set is reloaded once the change is visible to the reload's own query. */
    private void forgetAfterCommit() {
        active.invalidateAll();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    active.invalidateAll();
                }
            });
        }
    }

    private Map<Long, Instant> loadActive(boolean simulated) {
        Map<Long, Instant> until = new HashMap<>();
        jdbc.sql("select machine_id, expires_at from machine_blacklist where simulated = ? and cleared_at is null"
                        + " and (expires_at is null or expires_at > ?)")
                .params(simulated, SqlTimes.at(clock.instant()))
                .query(rs -> {
                    Instant expires = SqlTimes.instant(rs, "expires_at");
                    until.merge(
                            rs.getLong("machine_id"),
                            expires == null ? Instant.MAX : expires,
                            (a, b) -> a.isAfter(b) ? a : b);
                });
        return until;
    }

    private static BlacklistEntry entry(ResultSet rs, Instant now) throws SQLException {
        Instant expires = SqlTimes.instant(rs, "expires_at");
        Instant cleared = SqlTimes.instant(rs, "cleared_at");
        return new BlacklistEntry(
                rs.getLong("machine_id"),
                rs.getString("source"),
                rs.getString("reason"),
                rs.getInt("offence"),
                SqlTimes.instant(rs, "started_at"),
                expires,
                cleared,
                rs.getString("clear_reason"),
                cleared == null && (expires == null || expires.isAfter(now)));
    }
}
