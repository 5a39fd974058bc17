package cloud.dumont.machines.internal;

import cloud.dumont.api.deployment.DeploymentStatus;
import cloud.dumont.api.machines.AttemptOutcome;
import cloud.dumont.api.machines.BlacklistEntry;
import cloud.dumont.api.machines.GpuModelHistory;
import cloud.dumont.api.machines.MachineAttempt;
import cloud.dumont.api.machines.MachineDetail;
import cloud.dumont.api.machines.MachineHistoryResponse;
import cloud.dumont.api.machines.MachineSummary;
import cloud.dumont.platform.ProblemException;
import cloud.dumont.platform.SqlTimes;
import cloud.dumont.provider.GpuCloud;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Track records per machine and per GPU model, of the cloud the server uses now. Aggregated here rather than in SQL:
 * medians have no portable SQL form across H2 and PostgreSQL, and a few tens of thousands of attempts aggregate in
 * milliseconds.
 */
@Service
public class MachineHistory {

    /** Sort keys of the machine table. */
    public enum Sort {
        success_rate,
        attempts,
        failures,
        median_ready,
        last_attempt,
        machine_id
    }

    private static final int ATTEMPTS_SHOWN = 100;

    private final JdbcClient jdbc;
    private final GpuCloud cloud;
    private final Blacklist blacklist;

    MachineHistory(JdbcClient jdbc, GpuCloud cloud, Blacklist blacklist) {
        this.jdbc = jdbc;
        this.cloud = cloud;
        this.blacklist = blacklist;
    }

    @Transactional(readOnly = true)
    public MachineHistoryResponse history(
            String gpuName, Boolean blacklisted, Sort sort, boolean descending, int limit, int offset) {
        Map<Long, TrackRecord> machines = new LinkedHashMap<>();
        Map<String, TrackRecord> models = new TreeMap<>();
        Map<String, Set<Long>> machinesPerModel = new TreeMap<>();
        jdbc.sql("select machine_id, gpu_name, outcome, seconds_to_ready, at from machine_attempts where simulated = ?")
                .param(cloud.simulated())
                .query(rs -> {
                    long machine = rs.getLong("machine_id");
                    String gpu = rs.getString("gpu_name");
                    AttemptOutcome outcome = AttemptOutcome.valueOf(rs.getString("outcome"));
                    Double seconds = rs.getObject("seconds_to_ready", Double.class);
                    Instant at = SqlTimes.instant(rs, "at");
                    machines.computeIfAbsent(machine, m -> new TrackRecord()).add(outcome, seconds, at, gpu);
                    String model = gpu == null ? "unknown" : gpu;
                    models.computeIfAbsent(model, m -> new TrackRecord()).add(outcome, seconds, at, gpu);
                    machinesPerModel
                            .computeIfAbsent(model, m -> new HashSet<>())
                            .add(machine);
                });
        Map<Long, Instant> blocked = activeBlacklist();
        List<MachineSummary> rows = machines.entrySet().stream()
                .map(e -> summary(e.getKey(), e.getValue(), blocked))
                .filter(s ->
                        gpuName == null || (s.gpuName() != null && s.gpuName().equalsIgnoreCase(gpuName.strip())))
                .filter(s -> blacklisted == null || s.blacklisted() == blacklisted)
                .sorted(order(sort, descending))
                .toList();
        List<GpuModelHistory> gpuModels = models.entrySet().stream()
                .map(e -> new GpuModelHistory(
                        e.getKey(),
                        machinesPerModel.get(e.getKey()).size(),
                        e.getValue().attempts(),
                        e.getValue().successes(),
                        e.getValue().failures(),
                        e.getValue().successRate(),
                        e.getValue().medianSecondsToReady()))
                .toList();
        List<MachineSummary> page = rows.stream().skip(offset).limit(limit).toList();
        return new MachineHistoryResponse(page, rows.size(), gpuModels);
    }

    @Transactional(readOnly = true)
    public MachineDetail machine(long machineId) {
        TrackRecord record = new TrackRecord();
        List<MachineAttempt> attempts = jdbc.sql("select * from machine_attempts where simulated = ? and machine_id = ?"
                        + " order by at desc, id desc")
                .params(cloud.simulated(), machineId)
                .query((rs, n) -> {
                    String stage = rs.getString("failure_stage");
                    MachineAttempt a = new MachineAttempt(
                            SqlTimes.instant(rs, "at"),
                            AttemptOutcome.valueOf(rs.getString("outcome")),
                            rs.getString("gpu_name"),
                            rs.getString("image"),
                            stage == null ? null : DeploymentStatus.valueOf(stage),
                            rs.getString("reason_code"),
                            rs.getString("reason_message"),
                            rs.getObject("seconds_to_ready", Double.class));
                    record.add(a.outcome(), a.secondsToReady(), a.at(), a.gpuName());
                    return a;
                })
                .list();
        List<BlacklistEntry> entries = blacklist.entries(machineId);
        if (attempts.isEmpty() && entries.isEmpty()) {
            throw ProblemException.notFound("History of machine " + machineId);
        }
        return new MachineDetail(
                summary(machineId, record, activeBlacklist()),
                entries,
                attempts.stream().limit(ATTEMPTS_SHOWN).toList());
    }

    private Map<Long, Instant> activeBlacklist() {
        Map<Long, Instant> until = new HashMap<>();
        for (BlacklistEntry e : blacklist.activeEntries()) {
            until.merge(
                    e.machineId(), e.expiresAt() == null ? Instant.MAX : e.expiresAt(), (a, b) -> a.isAfter(b) ? a : b);
        }
        return until;
    }

    private static MachineSummary summary(long machineId, TrackRecord r, Map<Long, Instant> blocked) {
        Instant until = blocked.get(machineId);
        return new MachineSummary(
                machineId,
                r.gpuName(),
                r.attempts(),
                r.successes(),
                r.failures(),
                r.successRate(),
                r.medianSecondsToReady(),
                r.last(),
                until != null,
                until == null || until.equals(Instant.MAX) ? null : until);
    }

    /** Nulls (no counted attempt, never ready) sort last either way; ties go by machine id. */
    private static Comparator<MachineSummary> order(Sort sort, boolean descending) {
        Comparator<MachineSummary> key =
                switch (sort) {
                    case success_rate -> nullsLast(MachineSummary::successRate, descending);
                    case attempts -> nullsLast(s -> (double) s.attempts(), descending);
                    case failures -> nullsLast(s -> (double) s.failures(), descending);
                    case median_ready -> nullsLast(MachineSummary::medianSecondsToReady, descending);
                    case last_attempt ->
                        nullsLast(
                                s -> s.lastAttemptAt() == null
                                        ? null
                                        : (double) s.lastAttemptAt().toEpochMilli(),
                                descending);
                    case machine_id -> nullsLast(s -> (double) s.machineId(), descending);
                };
        return key.thenComparingLong(MachineSummary::machineId);
    }

    private static Comparator<MachineSummary> nullsLast(Function<MachineSummary, Double> value, boolean descending) {
        Comparator<Double> natural = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        return Comparator.comparing(value, Comparator.nullsLast(natural));
    }

    /** The sort key named by a query parameter; 400 for an unknown one. */
    public static Sort sort(String name) {
        try {
            return Sort.valueOf(name.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("sort must be one of " + Arrays.toString(Sort.values()));
        }
    }
}
