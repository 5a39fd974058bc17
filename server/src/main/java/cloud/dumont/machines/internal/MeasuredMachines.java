package cloud.dumont.machines.internal;

import cloud.dumont.api.machines.AttemptOutcome;
import cloud.dumont.deployment.MachineRecords;
import cloud.dumont.platform.SqlTimes;
import cloud.dumont.provider.GpuCloud;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Host history's answer to the offer ranking: each listed machine's successes, failures and median time to ready. */
@Component
class MeasuredMachines implements MachineRecords {

    private final JdbcClient jdbc;
    private final GpuCloud cloud;

    MeasuredMachines(JdbcClient jdbc, GpuCloud cloud) {
        this.jdbc = jdbc;
        this.cloud = cloud;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, MachineRecord> records(Collection<Long> machineIds) {
        if (machineIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, TrackRecord> found = new HashMap<>();
        // One query for a whole offer page; the page is at most a few hundred machines.
        jdbc.sql("select machine_id, gpu_name, outcome, seconds_to_ready, at from machine_attempts"
                        + " where simulated = :simulated and machine_id in (:ids)")
                .param("simulated", cloud.simulated())
                .param("ids", machineIds.stream().distinct().toList())
                .query(rs -> {
                    Instant at = SqlTimes.instant(rs, "at");
                    found.computeIfAbsent(rs.getLong("machine_id"), m -> new TrackRecord())
                            .add(
                                    AttemptOutcome.valueOf(rs.getString("outcome")),
                                    rs.getObject("seconds_to_ready", Double.class),
                                    at,
                                    rs.getString("gpu_name"));
                });
        return found.entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        e -> new MachineRecord(
                                e.getValue().successes(),
                                e.getValue().failures(),
                                e.getValue().medianSecondsToReady())));
    }
}
