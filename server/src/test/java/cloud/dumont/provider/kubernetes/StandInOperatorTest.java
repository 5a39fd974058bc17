package cloud.dumont.provider.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cloud.dumont.provider.DgdState;
import cloud.dumont.provider.KubernetesCluster.GraphPod;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulated operator, stepped by hand so every test is deterministic (one test lets it run on its own). */
class StandInOperatorTest {

    SimulatedCluster cluster;
    StandInOperator operator;
    FabricKubernetesCluster adapter;

    @BeforeEach
    void start() {
        cluster = SimulatedCluster.start(2, 4, "dynamo-system");
        operator = new StandInOperator(cluster);
        adapter = new FabricKubernetesCluster(cluster.client(), true, false, "dynamo-system");
    }

    @AfterEach
    void stop() {
        operator.close();
        cluster.close();
    }

    @Test
    void aGraphGoesFromPendingToRunningWithTheOperatorsPodLabels() {
        adapter.create(FabricKubernetesClusterTest.dgd("qwen", 2));
        assertThat(phase()).isEqualTo(DgdState.PENDING);

        operator.reconcile(); // pods created and scheduled
        assertThat(phase()).isEqualTo(DgdState.DEPLOYING);
        assertThat(adapter.pods("default", "qwen")).allMatch(p -> p.phase().equals("Pending") && p.node() != null);
        assertThat(adapter.status().freeGpus()).isEqualTo(6);

        operator.reconcile(); // containers started
        operator.reconcile(); // status reflects ready pods
        DgdState state = adapter.get("default", "qwen").orElseThrow().state();
        assertThat(state).isEqualTo(new DgdState(DgdState.RUNNING, 2, 2, "All resources are ready", true));
        List<GraphPod> pods = adapter.pods("default", "qwen");
        assertThat(pods)
                .extracting(GraphPod::name, GraphPod::component, GraphPod::phase, GraphPod::ready)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("qwen-frontend-0", "Frontend", "Running", true),
                        org.assertj.core.groups.Tuple.tuple("qwen-decode-0", "decode", "Running", true),
                        org.assertj.core.groups.Tuple.tuple("qwen-decode-1", "decode", "Running", true));
        var labels = cluster.client()
                .pods()
                .inNamespace("default")
                .withName("qwen-decode-0")
                .get()
                .getMetadata()
                .getLabels();
        assertThat(labels)
                .containsEntry("nvidia.com/dynamo-component-type", "worker")
                .containsEntry("nvidia.com/selector", "qwen-decode");
    }

    @Test
    void scalingIsARolloutThatTheOperatorCatchesUpWith() {
        adapter.create(FabricKubernetesClusterTest.dgd("qwen", 1));
        steps(3);
        assertThat(phase()).isEqualTo(DgdState.RUNNING);

        adapter.scale("default", "qwen", 3);
        assertThat(phase()).isEqualTo(DgdState.DEPLOYING);
        steps(3);

        assertThat(adapter.get("default", "qwen").orElseThrow().state())
                .isEqualTo(new DgdState(DgdState.RUNNING, 3, 3, "All resources are ready", true));
        adapter.scale("default", "qwen", 1);
        steps(1);
        assertThat(adapter.pods("default", "qwen")).hasSize(2);
    }

    @Test
    void aMissingSecretKeepsWorkersWaiting() {
        adapter.create(failing("qwen", "missing-secret", 1, 1));
        steps(4);

        List<GraphPod> pods = adapter.pods("default", "qwen");
        GraphPod worker = pods.stream()
                .filter(p -> p.component().equals("decode"))
                .findFirst()
                .orElseThrow();
        assertThat(worker.problemReason()).isEqualTo("CreateContainerConfigError");
        assertThat(worker.problemMessage()).isEqualTo("secret \"hf-token-secret\" not found");
        assertThat(pods.stream()
                        .filter(p -> p.component().equals("Frontend"))
                        .findFirst()
                        .orElseThrow()
                        .ready())
                .isTrue();
        assertThat(phase()).isEqualTo(DgdState.DEPLOYING);
    }

    @Test
    void anImageThatCannotBePulled() {
        adapter.create(failing("qwen", "image-pull", 1, 1));
        steps(4);

        assertThat(adapter.pods("default", "qwen")).allMatch(p -> "ErrImagePull".equals(p.problemReason()));
    }

    @Test
    void noGpusByAnnotationOrByAskingForMoreThanAreFree() {
        adapter.create(failing("annotated", "no-gpus", 1, 1));
        adapter.create(failing("greedy", null, 3, 4)); // 12 GPUs asked, 8 in the cluster
        steps(4);

        assertThat(adapter.pods("default", "annotated"))
                .allMatch(p -> p.phase().equals("Pending")
                        && p.problemReason().equals("Unschedulable")
                        && p.problemMessage().equals("0/2 nodes are available: insufficient nvidia.com/gpu"));
        List<GraphPod> greedy = adapter.pods("default", "greedy");
        assertThat(greedy.stream().filter(p -> "Unschedulable".equals(p.problemReason())))
                .hasSize(1);
        assertThat(adapter.status().freeGpus()).isZero();
        assertThat(adapter.get("default", "greedy").orElseThrow().state().ready())
                .isEqualTo(2);
    }

    @Test
    void deletingAGraphDeletesItsPods() {
        adapter.create(FabricKubernetesClusterTest.dgd("qwen", 1));
        steps(2);
        assertThat(adapter.pods("default", "qwen")).hasSize(2);

        adapter.delete("default", "qwen");
        steps(1);

        assertThat(adapter.pods("default", "qwen")).isEmpty();
        assertThat(adapter.status().freeGpus()).isEqualTo(8);
    }

    @Test
    void runningOnItsOwnItReachesRunning() {
        operator.start(Duration.ofMillis(50));
        adapter.create(FabricKubernetesClusterTest.dgd("qwen", 1));

        await().atMost(Duration.ofSeconds(10)).until(() -> phase().equals(DgdState.RUNNING));
    }

    private String phase() {
        return adapter.get("default", "qwen").map(g -> g.state().phase()).orElse("absent");
    }

    private void steps(int n) {
        for (int i = 0; i < n; i++) {
            operator.reconcile();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> failing(String name, String failure, int workers, int gpus) {
        Map<String, Object> dgd = FabricKubernetesClusterTest.dgd(name, workers);
        if (failure != null) {
            FabricKubernetesClusterTest.metadata(dgd)
                    .put("annotations", Map.of(StandInOperator.FAILURE_ANNOTATION, failure));
        }
        Map<String, Object> decode =
                (Map<String, Object>) Fields.map(dgd, "spec", "services").get("decode");
        decode.put("resources", Map.of("limits", Map.of("gpu", Integer.toString(gpus))));
        return dgd;
    }
}
