package cloud.dumont.agent;

import static cloud.dumont.platform.SqlTimes.at;
import static cloud.dumont.platform.SqlTimes.instant;

import cloud.dumont.api.snapshots.AgentHeartbeat;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Each deployment's latest agent heartbeat, in the database ({@code agent_heartbeats}) rather than in memory: the
 * replica whose engine decides whether to snapshot before a stop, or whether a GPU is idle, is not always the one an
 * agent's heartbeat reached, and a restart must not make a deployment look agent-less (it would then be stopped
 * without a snapshot). One row per deployment, written in place, so a heartbeat costs one indexed update.
 */
@Service
public class AgentReports {

    private static final String COLUMNS = "heard_at, gpu_util, app_kind, app_busy, app_detail, workspace_bytes,"
            + " last_gpu_util, last_gpu_at, beats";

    private final JdbcClient jdbc;
    private final Clock clock;

    AgentReports(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void record(UUID deploymentId, AgentHeartbeat beat) {
        Instant now = clock.instant();
        AgentHeartbeat.App app = beat.app();
        Object[] values = {
            at(now),
            beat.gpuUtil(),
            app == null ? null : app.kind(),
            app == null ? null : app.busy(),
            app == null ? null : app.detail(),
            beat.workspaceBytes()
        };
        if (update(deploymentId, values, beat.gpuUtil(), now) > 0) {
            return;
        }
        try {
            jdbc.sql("insert into agent_heartbeats (deployment_id, " + COLUMNS
                            + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")
                    .params(deploymentId)
                    .params(values)
                    .params(beat.gpuUtil(), beat.gpuUtil() == null ? null : at(now))
                    .update();
        } catch (DuplicateKeyException anotherReplicaWroteFirst) {
            update(deploymentId, values, beat.gpuUtil(), now);
        }
    }

    private int update(UUID deploymentId, Object[] values, Double gpuUtil, Instant now) {
        return jdbc.sql("update agent_heartbeats set heard_at = ?, gpu_util = ?, app_kind = ?, app_busy = ?,"
                        + " app_detail = ?, workspace_bytes = ?, last_gpu_util = coalesce(?, last_gpu_util),"
                        + " last_gpu_at = coalesce(?, last_gpu_at), beats = beats + 1 where deployment_id = ?")
                .params(values)
                .params(gpuUtil, gpuUtil == null ? null : at(now), deploymentId)
                .update();
    }

    /** The latest heartbeat as received, if an agent of the deployment ever reported. */
    public Optional<ActivitySample> latest(UUID deploymentId) {
        return jdbc.sql("select " + COLUMNS + " from agent_heartbeats where deployment_id = ?")
                .param(deploymentId)
                .query(AgentReports::sample)
                .optional();
    }

    /**
     * The newest GPU utilisation received after {@code since}; empty when there is none (a heartbeat from an instance
     * without nvidia-smi carries none, and does not hide an earlier figure).
     */
    public Optional<Double> latestGpuUtilizationSince(UUID deploymentId, Instant since) {
        return jdbc.sql("select last_gpu_util from agent_heartbeats where deployment_id = ? and last_gpu_at > ?")
                .params(deploymentId, at(since))
                .query(Double.class)
                .optional();
    }

    /** How many heartbeats the deployment's agents have sent. */
    public long beats(UUID deploymentId) {
        return jdbc.sql("select beats from agent_heartbeats where deployment_id = ?")
                .param(deploymentId)
                .query(Long.class)
                .optional()
                .orElse(0L);
    }

    /** Forgets a deployment (destroyed). */
    public void forget(UUID deploymentId) {
        jdbc.sql("delete from agent_heartbeats where deployment_id = ?")
                .param(deploymentId)
                .update();
    }

    private static ActivitySample sample(ResultSet rs, int row) throws SQLException {
        return new ActivitySample(
                instant(rs, "heard_at"),
                rs.getObject("gpu_util", Double.class),
                rs.getString("app_kind"),
                rs.getObject("app_busy", Boolean.class),
                rs.getString("app_detail"),
                rs.getObject("workspace_bytes", Long.class));
    }
}
