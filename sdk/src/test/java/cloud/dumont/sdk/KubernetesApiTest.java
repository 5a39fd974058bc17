package cloud.dumont.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cloud.dumont.api.deployment.ChatRequest;
import cloud.dumont.api.deployment.ChatResponse;
import cloud.dumont.api.deployment.DeploymentEventResponse;
import cloud.dumont.api.deployment.DeploymentResponse;
import cloud.dumont.api.deployment.DeploymentStatus;
import cloud.dumont.api.deployment.DeploymentTarget;
import cloud.dumont.api.deployment.GraphStatusResponse;
import cloud.dumont.api.deployment.KubernetesPlacement;
import cloud.dumont.api.deployment.PodResponse;
import cloud.dumont.api.dynamo.DynamoDeploymentConfig;
import cloud.dumont.api.dynamo.KubernetesClusterStatus;
import cloud.dumont.api.dynamo.ModelDeployRequest;
import cloud.dumont.testkit.DumontServer;
import cloud.dumont.testkit.DumontServerExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Catalog models deployed onto the test server's simulated Kubernetes cluster (and onto Vast.ai), and its status. */
@ExtendWith(DumontServerExtension.class)
class KubernetesApiTest {

    private static final String MODEL = "Qwen/Qwen3-0.6B";
    private static final Duration SETTLE = Duration.ofSeconds(60);

    @Test
    void aModelDeployedOnKubernetesRunsAnswersScalesAndIsDestroyed(DumontServer server) throws InterruptedException {
        DeploymentsApi deployments = Users.signedUp(server, "Model Deployer").deployments();
        String name = "sdk-" + Users.unique();

        DeploymentResponse created = deployments.deployModel(
                new ModelDeployRequest(MODEL, "kubernetes", null, config(name, null), null, null, null, null));
        UUID id = created.id();
        try {
            assertThat(created.target()).isEqualTo(DeploymentTarget.kubernetes);
            assertThat(created.modelId()).isEqualTo(MODEL);
            assertThat(created.simulated()).isTrue();
            KubernetesPlacement placement = created.kubernetes();
            assertThat(placement.cluster()).isEqualTo("simulated");
            assertThat(placement.namespace()).isEqualTo("default");
            assertThat(placement.name()).isEqualTo(name);
            assertThat(placement.engine()).isEqualTo("vllm");
            assertThat(placement.replicasDesired()).isEqualTo(1);
            assertThat(placement.portForward())
                    .isEqualTo("kubectl port-forward svc/" + name + "-frontend 8000:8000 -n default");

            // A chat before running is refused: nothing answers yet.
            DumontException early = catchThrowableOfType(DumontException.class, () -> deployments.chat(id, "Hi"));
            if (early != null) {
                assertThat(early.status()).isEqualTo(409);
            }

            List<DeploymentEventResponse> progress = new CopyOnWriteArrayList<>();
            DeploymentResponse running = deployments.await(id, DeploymentsApi.SETTLED, SETTLE, progress::add);
            assertThat(running.status()).as("events: %s", progress).isEqualTo(DeploymentStatus.running);
            assertThat(running.kubernetes().replicasReady()).isEqualTo(1);
            assertThat(progress.stream().filter(e -> "status".equals(e.type())).map(DeploymentEventResponse::status))
                    .containsSubsequence(
                            DeploymentStatus.pending,
                            DeploymentStatus.provisioning,
                            DeploymentStatus.starting,
                            DeploymentStatus.running);

            GraphStatusResponse graph = deployments.graph(id);
            assertThat(graph.exists()).isTrue();
            assertThat(graph.phase()).isEqualTo("running");
            assertThat(graph.conditions()).anySatisfy(c -> {
                assertThat(c.type()).isEqualTo("Ready");
                assertThat(c.status()).isEqualTo("True");
            });
            assertThat(graph.services())
                    .extracting(GraphStatusResponse.Service::componentType)
                    .contains("frontend", "worker");

            List<PodResponse> pods = deployments.pods(id);
            assertThat(pods).extracting(PodResponse::component).containsExactlyInAnyOrder("Frontend", "worker");
            assertThat(pods).allSatisfy(p -> {
                assertThat(p.phase()).isEqualTo("Running");
                assertThat(p.ready()).isTrue();
                assertThat(p.node()).startsWith("gpu-node-");
            });

            ChatResponse answer = deployments.chat(
                    id,
                    new ChatRequest(
                            List.of(
                                    new ChatRequest.Message("system", "Answer briefly."),
                                    new ChatRequest.Message("user", "What is Dynamo?")),
                            32));
            assertThat(answer.simulated()).isTrue();
            assertThat(answer.model()).isEqualTo(MODEL);
            assertThat(answer.content()).contains("Simulated").contains("What is Dynamo?");
            assertThat(deployments.chat(id, "Hello").content()).contains("Hello");

            DeploymentResponse scaled = deployments.scale(id, 2);
            assertThat(scaled.kubernetes().replicasDesired()).isEqualTo(2);
            DeploymentResponse atTwo =
                    poll(() -> deployments.get(id), d -> d.kubernetes().replicasReady() == 2);
            assertThat(atTwo.status()).isEqualTo(DeploymentStatus.running);
            assertThat(deployments.pods(id)).hasSize(3);

            DumontException tooMany = catchThrowableOfType(DumontException.class, () -> deployments.scale(id, 11));
            assertThat(tooMany.status()).isEqualTo(400);
            assertThat(tooMany.problem().errors()).singleElement().satisfies(f -> assertThat(f.field())
                    .isEqualTo("replicas"));

            DumontException foreign = catchThrowableOfType(
                    DumontException.class,
                    () -> Users.signedUp(server, "Stranger").deployments().pods(id));
            assertThat(foreign.status()).isEqualTo(404);
        } finally {
            deployments.destroy(id);
        }
        DeploymentResponse destroyed = deployments.await(id, Set.of(DeploymentStatus.destroyed), SETTLE, e -> {});
        assertThat(destroyed.status()).isEqualTo(DeploymentStatus.destroyed);
        assertThat(deployments.graph(id).exists()).isFalse();
        assertThat(deployments.pods(id)).isEmpty();
        assertThat(catchThrowableOfType(DumontException.class, () -> deployments.chat(id, "Still there?"))
                        .status())
                .isEqualTo(409);
    }

    @Test
    void aConfigurationThatBreaksRulesIs422ByFieldAndDeploysNothing(DumontServer server) {
        DeploymentsApi deployments = Users.signedUp(server, "Rule Breaker").deployments();

        DumontException rejected = catchThrowableOfType(
                DumontException.class,
                () -> deployments.deployModel(
                        new ModelDeployRequest(MODEL, null, null, config("Not_A_Name", 11), null, null, null, null)));

        assertThat(rejected.status()).isEqualTo(422);
        assertThat(rejected.problem().errors())
                .extracting(Problem.FieldError::field)
                .containsExactlyInAnyOrder("name", "replicas");
        DumontException noCluster = catchThrowableOfType(
                DumontException.class,
                () -> deployments.deployModel(
                        new ModelDeployRequest(MODEL, null, "nowhere", null, null, null, null, null)));
        assertThat(noCluster.status()).isEqualTo(422);
        assertThat(noCluster.getMessage()).contains("nowhere");
        assertThat(deployments.list()).isEmpty();
    }

    @Test
    void onVastTheModelRunsAsTheVllmTemplateWithoutPods(DumontServer server) {
        DeploymentsApi deployments = Users.signedUp(server, "Vast Model").deployments();

        DeploymentResponse created =
                deployments.deployModel(new ModelDeployRequest(MODEL, "vast", null, null, null, null, null, null));
        try {
            assertThat(created.target()).isEqualTo(DeploymentTarget.vast);
            assertThat(created.templateSlug()).isEqualTo("vllm");
            assertThat(created.modelId()).isEqualTo(MODEL);
            assertThat(created.kubernetes()).isNull();
            DumontException pods = catchThrowableOfType(DumontException.class, () -> deployments.pods(created.id()));
            assertThat(pods.status()).isEqualTo(409);
            assertThat(pods.getMessage()).contains("Vast.ai");
        } finally {
            deployments.destroy(created.id());
        }
    }

    @Test
    void theSimulatedClusterIsTheDefaultAndTheOnlyOne(DumontServer server) {
        KubernetesApi kubernetes = Users.anonymous(server).kubernetes();

        KubernetesClusterStatus status = kubernetes.status();
        assertThat(status.name()).isEqualTo("simulated");
        assertThat(status.simulated()).isTrue();
        assertThat(status.reachable()).isTrue();
        assertThat(status.dgdCrdInstalled()).isTrue();
        assertThat(status.operatorReady()).isTrue();
        assertThat(status.allocatableGpus()).isPositive();
        assertThat(status.freeGpus()).isBetween(0, status.allocatableGpus());
        assertThat(kubernetes.status("simulated").name()).isEqualTo("simulated");
        assertThat(kubernetes.clusters())
                .extracting(KubernetesClusterStatus::name)
                .containsExactly("simulated");

        DumontException unknown = catchThrowableOfType(DumontException.class, () -> kubernetes.status("nowhere"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.problem().detail()).contains("nowhere");
    }

    private static DynamoDeploymentConfig config(String name, Integer replicas) {
        return new DynamoDeploymentConfig(
                name, null, "vllm", null, replicas, null, null, null, null, null, null, null, null, null, null);
    }

    private static <T> T poll(java.util.function.Supplier<T> read, java.util.function.Predicate<T> done)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(SETTLE);
        T value = read.get();
        while (!done.test(value)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not reached within " + SETTLE + ": " + value);
            }
            Thread.sleep(200);
            value = read.get();
        }
        return value;
    }
}
