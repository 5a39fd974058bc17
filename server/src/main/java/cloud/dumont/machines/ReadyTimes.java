package cloud.dumont.machines;

import cloud.dumont.api.machines.AttemptOutcome;
import cloud.dumont.machines.internal.Medians;
import cloud.dumont.provider.GpuCloud;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How fast and how reliably a template has come up on each GPU model, measured from its deployments' attempts. */
@Service
public class ReadyTimes {

    /**
     * One GPU model's record for a template.
     *
     * @param medianSecondsToReady over the ready attempts; null before any
     */
    public record GpuRecord(String gpuName, int ready, int failed, Double medianSecondsToReady) {}

    private final JdbcClient jdbc;
    private final GpuCloud cloud;

    ReadyTimes(JdbcClient jdbc, GpuCloud cloud) {
        this.jdbc = jdbc;
        this.cloud = cloud;
    }

    /** By GPU model name; models the template never ran on are absent. */
    @Transactional(readOnly = true)
    public Map<String, GpuRecord> forTemplate(UUID templateId) {
        Map<String, List<Double>> seconds = new HashMap<>();
        Map<String, int[]> counts = new HashMap<>();
        jdbc.sql("select gpu_name, outcome, seconds_to_ready from machine_attempts"
                        + " where template_id = ? and simulated = ? and gpu_name is not null")
                .params(templateId, cloud.simulated())
                .query(rs -> {
                    String gpu = rs.getString("gpu_name");
                    AttemptOutcome outcome = AttemptOutcome.valueOf(rs.getString("outcome"));
                    int[] c = counts.computeIfAbsent(gpu, g -> new int[2]);
                    if (outcome == AttemptOutcome.ready) {
                        c[0]++;
                        Double s = rs.getObject("seconds_to_ready", Double.class);
                        if (s != null) {
                            seconds.computeIfAbsent(gpu, g -> new ArrayList<>()).add(s);
                        }
                    } else if (outcome == AttemptOutcome.failed) {
                        c[1]++;
                    }
                });
        Map<String, GpuRecord> records = new HashMap<>();
        counts.forEach((gpu, c) ->
                records.put(gpu, new GpuRecord(gpu, c[0], c[1], Medians.of(seconds.getOrDefault(gpu, List.of())))));
        return records;
    }
}
