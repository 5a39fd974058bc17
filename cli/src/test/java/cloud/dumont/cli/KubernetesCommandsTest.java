package cloud.dumont.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.dumont.api.deployment.DeploymentStatus;
import cloud.dumont.sdk.DumontClient;
import cloud.dumont.testkit.DumontServer;
import cloud.dumont.testkit.DumontServerExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** {@code dumont k8s} against the test server's simulated Kubernetes cluster. */
@ExtendWith(DumontServerExtension.class)
class KubernetesCommandsTest {

    private static final String MODEL = "Qwen/Qwen3-0.6B";

    @Test
    void deployWaitsUntilRunningThenPodsChatScaleAndDestroyFollow(DumontServer server) throws InterruptedException {
        CliTester cli = new CliTester(server).env("DUMONT_TOKEN", TestUsers.token(server, "k8s"));
        String name = "cli-" + UUID.randomUUID().toString().substring(0, 8);

        CliTester.Result deployed =
                cli.run("k8s", "deploy", MODEL, "--name", name, "--wait", "--timeout", "2m", "-o", "json");

        assertThat(deployed.exitCode()).as(deployed.toString()).isZero();
        // Not a terminal: no progress, nothing at all on stderr.
        assertThat(deployed.err()).isEmpty();
        JsonNode deployment = deployed.json();
        assertThat(deployment.get("status").asString()).isEqualTo("running");
        assertThat(deployment.get("target").asString()).isEqualTo("kubernetes");
        assertThat(deployment.get("kubernetes").get("name").asString()).isEqualTo(name);
        assertThat(deployment.get("kubernetes").get("replicas_ready").asInt()).isEqualTo(1);
        UUID id = UUID.fromString(deployment.get("id").asString());
        String prefix = id.toString().substring(0, 8);

        CliTester.Result list = cli.run("deployments", "list");
        String row = list.out()
                .lines()
                .filter(l -> l.startsWith(prefix))
                .findFirst()
                .orElseThrow(() -> new AssertionError(list.toString()));
        assertThat(row).contains(MODEL, "kubernetes", "running", "simulated/default/" + name, "1/1");
        assertThat(list.out().lines().findFirst().orElseThrow()).contains("TARGET", "WHERE", "REPLICAS");

        CliTester.Result show = cli.run("deployments", "show", prefix);
        assertThat(show.exitCode()).as(show.toString()).isZero();
        assertThat(show.out())
                .contains("Target:     kubernetes, cluster simulated")
                .contains("Graph:      default/" + name + " (DynamoGraphDeployment)")
                .contains("Replicas:   1 of 1 worker replicas ready")
                .contains("kubectl port-forward svc/" + name + "-frontend 8000:8000 -n default")
                .doesNotContain("GPU:")
                .doesNotContain("Price:");

        CliTester.Result pods = cli.run("k8s", "pods", prefix);
        assertThat(pods.exitCode()).as(pods.toString()).isZero();
        assertThat(pods.out().lines().findFirst().orElseThrow())
                .startsWith("NAME")
                .contains("PHASE", "NODE");
        assertThat(pods.out()).contains(name + "-frontend-0").contains("Running");
        assertThat(cli.run("k8s", "pods", prefix, "-o", "json").json().size()).isEqualTo(2);

        CliTester.Result chat = cli.run("k8s", "chat", prefix, "What is Dynamo?");
        assertThat(chat.exitCode()).as(chat.toString()).isZero();
        assertThat(chat.out())
                .contains("What is Dynamo?")
                .contains("(" + MODEL + ", ")
                .contains("Simulated: Dumont's simulated cluster answered; no model ran.");
        JsonNode answer = cli.run(
                        "k8s", "chat", prefix, "Hello", "--system", "Be brief.", "--max-tokens", "32", "-o", "json")
                .json();
        assertThat(answer.get("simulated").asBoolean()).isTrue();
        assertThat(answer.get("content").asString()).contains("Hello");

        CliTester.Result scaled = cli.run("k8s", "scale", prefix, "2");
        assertThat(scaled.exitCode()).as(scaled.toString()).isZero();
        assertThat(scaled.out()).contains("Scaling " + id + " (default/" + name + ") to 2 worker replicas");
        DumontClient client = DumontClient.builder(server.baseUrl())
                .token(cli.env().get("DUMONT_TOKEN"))
                .build();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (client.deployments().get(id).kubernetes().replicasReady() < 2) {
            assertThat(Instant.now()).as("two replicas ready in time").isBefore(deadline);
            Thread.sleep(200);
        }
        assertThat(cli.run("k8s", "pods", prefix, "-o", "json").json().size()).isEqualTo(3);
        assertThat(cli.run("deployments", "list").out()).contains("2/2");

        CliTester.Result tooMany = cli.run("k8s", "scale", prefix, "11");
        assertThat(tooMany.exitCode()).isEqualTo(1);
        assertThat(tooMany.out()).isEmpty();
        assertThat(tooMany.err().lines().toList())
                .hasSize(2)
                .last()
                .isEqualTo("  replicas: must be less than or equal to 10");

        CliTester.Result destroyed = cli.run("deployments", "destroy", prefix);
        assertThat(destroyed.exitCode()).as(destroyed.toString()).isZero();
        assertThat(destroyed.out()).contains("Destroying " + id);
        assertThat(client.deployments().get(id).status()).isIn(DeploymentStatus.destroying, DeploymentStatus.destroyed);
    }

    @Test
    void statusAndClustersDescribeTheSimulatedCluster(DumontServer server) {
        CliTester cli = new CliTester(server);

        CliTester.Result status = cli.run("k8s", "status");
        assertThat(status.exitCode()).as(status.toString()).isZero();
        assertThat(status.out())
                .contains("Cluster:     simulated")
                .contains("Ready:       yes")
                .contains("Simulated:   yes")
                .containsPattern("GPUs: +\\d+ free of \\d+ allocatable");
        JsonNode json =
                cli.run("k8s", "status", "--cluster", "simulated", "-o", "json").json();
        assertThat(json.get("name").asString()).isEqualTo("simulated");
        assertThat(json.get("dgd_crd_installed").asBoolean()).isTrue();

        CliTester.Result unknown = cli.run("k8s", "status", "--cluster", "nowhere");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).isEqualTo("Error: Kubernetes cluster nowhere does not exist\n");

        CliTester.Result clusters = cli.run("k8s", "clusters");
        assertThat(clusters.exitCode()).as(clusters.toString()).isZero();
        List<String> lines = clusters.out().lines().toList();
        assertThat(lines.getFirst()).startsWith("NAME").contains("DEFAULT", "READY", "FREE GPUS");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("simulated").contains("*").contains("yes");
        JsonNode yaml = YAMLMapper.builder()
                .build()
                .readTree(cli.run("k8s", "clusters", "-o", "yaml").out());
        assertThat(yaml.get(0).get("name").asString()).isEqualTo("simulated");
    }

    @Test
    void refusedOptionsAreOneLinePerFieldAndADryRunPrintsTheManifestOnly(DumontServer server) {
        CliTester cli = new CliTester(server).env("DUMONT_TOKEN", TestUsers.token(server, "k8s-refused"));

        CliTester.Result refused = cli.run("k8s", "deploy", MODEL, "--replicas", "11", "--name", "Not_A_Name");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.out()).isEmpty();
        List<String> errors = refused.err().lines().toList();
        assertThat(errors.getFirst()).startsWith("Error: Deployment configuration rejected");
        assertThat(errors.subList(1, errors.size()))
                .hasSize(2)
                .anySatisfy(l -> assertThat(l).startsWith("  name: "))
                .contains("  replicas: must be 1 to 10");

        CliTester.Result noModel = cli.run("k8s", "deploy");
        assertThat(noModel.exitCode()).isEqualTo(2);
        assertThat(noModel.err()).contains("MODEL");

        CliTester.Result dryRun = cli.run(
                "k8s",
                "deploy",
                MODEL,
                "--name",
                "dry",
                "--engine",
                "sglang",
                "--arg=--max-running-requests",
                "--arg=64",
                "--dry-run");
        assertThat(dryRun.exitCode()).as(dryRun.toString()).isZero();
        JsonNode manifest = YAMLMapper.builder().build().readTree(dryRun.out());
        assertThat(manifest.get("kind").asString()).isEqualTo("DynamoGraphDeployment");
        assertThat(manifest.get("metadata").get("name").asString()).isEqualTo("dry");
        assertThat(manifest.toString()).contains("\"--max-running-requests\",\"64\"");

        List<String> ids = new ArrayList<>();
        cli.run("deployments", "list", "--all", "-o", "json")
                .json()
                .forEach(d -> ids.add(d.get("id").asString()));
        assertThat(ids).as("nothing was deployed").isEmpty();
    }
}
