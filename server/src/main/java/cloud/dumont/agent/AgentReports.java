package cloud.dumont.agent;

import cloud.dumont.api.snapshots.AgentHeartbeat;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/**
 * The agents' latest heartbeats per deployment, the last {@value #HISTORY} of them, for idle detection. Kept in memory
 * on the replica that received them: a restart or another replica starts with no history, which an idle detector
 * reads as "not known idle yet" (the safe side: nothing is hibernated on missing data).
 */
@Service
public class AgentReports {

    static final int HISTORY = 360;

    private final Map<UUID, Deque<ActivitySample>> samples = new ConcurrentHashMap<>();
    private final Clock clock;

    AgentReports(Clock clock) {
        this.clock = clock;
    }

    void record(UUID deploymentId, AgentHeartbeat beat) {
        AgentHeartbeat.App app = beat.app();
        ActivitySample sample = new ActivitySample(
                clock.instant(),
                beat.gpuUtil(),
                app == null ? null : app.kind(),
                app == null ? null : app.busy(),
                app == null ? null : app.detail(),
                beat.workspaceBytes());
        Deque<ActivitySample> history = samples.computeIfAbsent(deploymentId, id -> new ArrayDeque<>());
        synchronized (history) {
            history.addLast(sample);
            while (history.size() > HISTORY) {
                history.removeFirst();
            }
        }
    }

    public Optional<ActivitySample> latest(UUID deploymentId) {
        Deque<ActivitySample> history = samples.get(deploymentId);
        if (history == null) {
            return Optional.empty();
        }
        synchronized (history) {
            return Optional.ofNullable(history.peekLast());
        }
    }

    /**
     * The GPU utilisation in the newest sample received after {@code since} that has one (a heartbeat from an instance
     * without nvidia-smi carries none); empty when there is none. Read on every running check, so it walks the kept
     * samples from the newest in place rather than copying them.
     */
    public Optional<Double> latestGpuUtilizationSince(UUID deploymentId, Instant since) {
        Deque<ActivitySample> history = samples.get(deploymentId);
        if (history == null) {
            return Optional.empty();
        }
        synchronized (history) {
            for (Iterator<ActivitySample> newestFirst = history.descendingIterator(); newestFirst.hasNext(); ) {
                ActivitySample sample = newestFirst.next();
                if (!sample.receivedAt().isAfter(since)) {
                    return Optional.empty();
                }
                if (sample.gpuUtil() != null) {
                    return Optional.of(sample.gpuUtil());
                }
            }
            return Optional.empty();
        }
    }

    /** The kept samples, oldest first. */
    public List<ActivitySample> history(UUID deploymentId) {
        Deque<ActivitySample> history = samples.get(deploymentId);
        if (history == null) {
            return List.of();
        }
        synchronized (history) {
            return List.copyOf(history);
        }
    }

    /** Forgets a deployment (destroyed). */
    public void forget(UUID deploymentId) {
        samples.remove(deploymentId);
    }
}
