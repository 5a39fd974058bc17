package cloud.dumont.agent;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.dumont.api.snapshots.AgentHeartbeat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The agents' heartbeats as every replica reads them: the latest as received, the newest GPU figure (not hidden by a
 * heartbeat without one), a count, and first heartbeats of one deployment arriving at once on several threads.
 */
abstract class AgentReportsContract {

    @Autowired
    AgentReports reports;

    @Test
    void aDeploymentNeverHeardHasNothing() {
        UUID id = UUID.randomUUID();

        assertThat(reports.latest(id)).isEmpty();
        assertThat(reports.latestGpuUtilizationSince(id, Instant.EPOCH)).isEmpty();
        assertThat(reports.beats(id)).isZero();
    }

    @Test
    void theLatestHeartbeatIsKeptAsReceived() {
        UUID id = UUID.randomUUID();
        Instant before = Instant.now().minusSeconds(1);

        reports.record(id, new AgentHeartbeat(40.0, new AgentHeartbeat.App("jupyter", false, "idle kernel"), 10L));
        reports.record(id, new AgentHeartbeat(55.5, new AgentHeartbeat.App("comfyui", true, "2 queued"), 2048L));

        ActivitySample latest = reports.latest(id).orElseThrow();
        assertThat(latest.receivedAt()).isAfter(before);
        assertThat(latest.gpuUtil()).isEqualTo(55.5);
        assertThat(latest.appKind()).isEqualTo("comfyui");
        assertThat(latest.appBusy()).isTrue();
        assertThat(latest.appDetail()).isEqualTo("2 queued");
        assertThat(latest.workspaceBytes()).isEqualTo(2048L);
        assertThat(reports.beats(id)).isEqualTo(2);
        assertThat(reports.latestGpuUtilizationSince(id, before)).contains(55.5);
        assertThat(reports.latestGpuUtilizationSince(id, Instant.now().plusSeconds(60)))
                .as("nothing newer than the time asked")
                .isEmpty();
    }

    @Test
    void aHeartbeatWithoutAGpuFigureDoesNotHideTheLastOne() {
        UUID id = UUID.randomUUID();
        Instant before = Instant.now().minusSeconds(1);

        reports.record(id, new AgentHeartbeat(12.0, null, null));
        reports.record(id, new AgentHeartbeat(null, null, null));

        assertThat(reports.latest(id).orElseThrow().gpuUtil())
                .as("the latest heartbeat, as received")
                .isNull();
        assertThat(reports.latest(id).orElseThrow().appKind()).isNull();
        assertThat(reports.latestGpuUtilizationSince(id, before)).contains(12.0);
    }

    @Test
    void aDeploymentWithoutAnyGpuFigureHasNone() {
        UUID id = UUID.randomUUID();

        reports.record(id, new AgentHeartbeat(null, null, 5L));

        assertThat(reports.latest(id)).isPresent();
        assertThat(reports.latestGpuUtilizationSince(id, Instant.EPOCH)).isEmpty();
    }

    @Test
    void aForgottenDeploymentHasNothing() {
        UUID id = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        reports.record(id, new AgentHeartbeat(70.0, null, null));
        reports.record(other, new AgentHeartbeat(70.0, null, null));

        reports.forget(id);

        assertThat(reports.latest(id)).isEmpty();
        assertThat(reports.beats(id)).isZero();
        assertThat(reports.beats(other)).as("another deployment's kept").isEqualTo(1);
    }

    @Test
    void firstHeartbeatsArrivingAtOnceAreAllCounted() throws Exception {
        UUID id = UUID.randomUUID();
        int agents = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> sent = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < agents; i++) {
                double gpu = i;
                sent.add(pool.submit(() -> {
                    start.await();
                    reports.record(id, new AgentHeartbeat(gpu, null, null));
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : sent) {
                f.get();
            }
        }

        assertThat(reports.beats(id)).isEqualTo(agents);
    }
}
