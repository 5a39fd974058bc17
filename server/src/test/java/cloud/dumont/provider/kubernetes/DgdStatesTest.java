package cloud.dumont.provider.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.dumont.provider.DgdState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DgdStatesTest {

    @Test
    void successfulReadyAndCaughtUpIsRunningWithWorkerCounts() {
        DgdState state = DgdStates.of(dgd(3, 3, "successful", "True", Map.of("readyReplicas", 2)));

        assertThat(state).isEqualTo(new DgdState(DgdState.RUNNING, 2, 2, "All resources are ready", true));
    }

    @Test
    void successfulButObservedGenerationBehindIsStillDeploying() {
        DgdState state = DgdStates.of(dgd(4, 3, "successful", "True", Map.of("readyReplicas", 2)));

        assertThat(state.phase()).isEqualTo(DgdState.DEPLOYING);
        assertThat(state.observedGenerationCurrent()).isFalse();
    }

    @Test
    void successfulWithoutReadyConditionIsDeploying() {
        assertThat(DgdStates.of(dgd(1, 1, "successful", "False", Map.of("readyReplicas", 1)))
                        .phase())
                .isEqualTo(DgdState.DEPLOYING);
    }

    @Test
    void readyFallsBackToAvailableReplicasAndFrontendIsNotCounted() {
        DgdState state = DgdStates.of(dgd(1, 1, "pending", "False", Map.of("replicas", 2, "availableReplicas", 1)));

        assertThat(state.phase()).isEqualTo(DgdState.DEPLOYING);
        assertThat(state.ready()).isEqualTo(1);
        assertThat(state.desired()).isEqualTo(2);
    }

    @Test
    void failedMissingAndTerminating() {
        assertThat(DgdStates.of(dgd(1, 1, "failed", "False", Map.of())).phase()).isEqualTo(DgdState.FAILED);
        Map<String, Object> fresh = dgd(1, 1, "initializing", "False", Map.of());
        fresh.remove("status");
        assertThat(DgdStates.of(fresh).phase()).isEqualTo(DgdState.PENDING);
        Map<String, Object> initializing = dgd(1, 1, "initializing", "False", Map.of());
        initializing.put("status", Map.of("state", "initializing"));
        assertThat(DgdStates.of(initializing).phase()).isEqualTo(DgdState.PENDING);
        // Once a service reports replicas the operator is at work: deploying, not pending.
        assertThat(DgdStates.of(dgd(1, 1, "initializing", "False", Map.of())).phase())
                .isEqualTo(DgdState.DEPLOYING);
        Map<String, Object> deleting = dgd(1, 1, "successful", "True", Map.of("readyReplicas", 2));
        metadata(deleting).put("deletionTimestamp", "2026-01-01T00:00:00Z");
        assertThat(DgdStates.of(deleting).phase()).isEqualTo(DgdState.TERMINATING);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> metadata(Map<String, Object> dgd) {
        return (Map<String, Object>) dgd.get("metadata");
    }

    static Map<String, Object> dgd(
            long generation, long observed, String state, String ready, Map<String, Object> workerStatus) {
        Map<String, Object> dgd = new LinkedHashMap<>();
        dgd.put("metadata", new LinkedHashMap<>(Map.of("name", "g", "generation", generation)));
        dgd.put(
                "spec",
                Map.of(
                        "services",
                        Map.of(
                                "Frontend", Map.of("componentType", "frontend", "replicas", 1),
                                "decode", Map.of("componentType", "worker", "replicas", 2))));
        dgd.put(
                "status",
                Map.of(
                        "state",
                        state,
                        "observedGeneration",
                        observed,
                        "conditions",
                        List.of(Map.of("type", "Ready", "status", ready, "message", "All resources are ready")),
                        "services",
                        Map.of("Frontend", Map.of("replicas", 1, "readyReplicas", 1), "decode", workerStatus)));
        return dgd;
    }
}
