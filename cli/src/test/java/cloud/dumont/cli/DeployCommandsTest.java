package cloud.dumont.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.dumont.api.deployment.DeploymentStatus;
import cloud.dumont.sdk.DumontClient;
import cloud.dumont.testkit.DumontServer;
import cloud.dumont.testkit.DumontServerExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

@ExtendWith(DumontServerExtension.class)
class DeployCommandsTest {

    @Test
    void catalogCommandsPrintParsableJsonAndYaml(DumontServer server) {
        CliTester cli = new CliTester(server);

        CliTester.Result templates = cli.run("templates", "list", "-o", "json");
        assertThat(templates.exitCode()).as(templates.toString()).isZero();
        List<String> slugs = new ArrayList<>();
        templates.json().forEach(t -> slugs.add(t.get("slug").asString()));
        assertThat(slugs).contains("jupyter-lab", "comfy-ui", "vllm");

        CliTester.Result models = cli.run("models", "list", "--engine", "vllm", "-o", "yaml");
        assertThat(models.exitCode()).as(models.toString()).isZero();
        JsonNode parsed = YAMLMapper.builder().build().readTree(models.out());
        assertThat(parsed.isArray()).isTrue();
        assertThat(parsed.size()).isPositive();
        parsed.forEach(m -> assertThat(m.get("supported_engines").toString()).contains("vllm"));

        CliTester.Result offers = cli.run("offers", "jupyter-lab", "--limit", "3", "-o", "json");
        assertThat(offers.exitCode()).as(offers.toString()).isZero();
        assertThat(offers.json().get("offers").size()).isBetween(1, 3);
        assertThat(offers.json().get("simulated").asBoolean()).isTrue();

        CliTester.Result table = cli.run("offers", "jupyter-lab", "--limit", "3");
        assertThat(table.out().lines().findFirst().orElseThrow())
                .startsWith("OFFER")
                .contains("PRICE");
        assertThat(table.out().lines().count()).isBetween(2L, 4L);
    }

    @Test
    void deployWaitsUntilRunningThenEventsAndDestroyFollow(DumontServer server) {
        CliTester cli = new CliTester(server).env("DUMONT_TOKEN", TestUsers.token(server, "deployer"));

        CliTester.Result deployed = cli.run("deploy", "jupyter-lab", "--wait", "--timeout", "3m", "-o", "json");

        assertThat(deployed.exitCode()).as(deployed.toString()).isZero();
        JsonNode deployment = deployed.json();
        assertThat(deployment.get("status").asString()).isEqualTo("running");
        assertThat(deployment.get("endpoints").get(0).get("url").asString()).startsWith("http");
        // Not a terminal: no progress, no warnings, nothing at all on stderr.
        assertThat(deployed.err()).isEmpty();
        UUID id = UUID.fromString(deployment.get("id").asString());
        String prefix = id.toString().substring(0, 8);

        CliTester.Result list = cli.run("deployments", "list");
        assertThat(list.out()).contains(prefix).contains("running");

        CliTester.Result show = cli.run("deployments", "show", prefix);
        assertThat(show.exitCode()).as(show.toString()).isZero();
        assertThat(show.out()).contains(id.toString()).contains("Status:").contains("secret hidden");
        String secret = deployment.get("credentials").get("secret").asString();
        // The login line hides the secret; Jupyter's link carries it on purpose (one click opens the app).
        assertThat(show.out()
                        .lines()
                        .filter(l -> l.startsWith("Login:"))
                        .findFirst()
                        .orElseThrow())
                .doesNotContain(secret);
        assertThat(cli.run("deployments", "show", prefix, "--show-secret").out())
                .contains(secret);

        CliTester.Result events = cli.run("deployments", "events", prefix, "-o", "json");
        List<String> statuses = new ArrayList<>();
        events.json().forEach(e -> statuses.add(e.get("status").asString()));
        assertThat(statuses).containsSubsequence("pending", "provisioning", "starting", "running");

        CliTester.Result destroyed = cli.run("deployments", "destroy", prefix);
        assertThat(destroyed.exitCode()).as(destroyed.toString()).isZero();
        assertThat(destroyed.out()).contains("Destroying " + id);
        DumontClient client = DumontClient.builder(server.baseUrl())
                .token(cli.env().get("DUMONT_TOKEN"))
                .build();
        assertThat(client.deployments().get(id).status()).isIn(DeploymentStatus.destroying, DeploymentStatus.destroyed);

        CliTester.Result follow = cli.run("deployments", "events", id.toString(), "--follow", "-o", "json");
        assertThat(follow.exitCode()).as(follow.toString()).isZero();
        List<String> lines = follow.out().lines().toList();
        assertThat(lines).isNotEmpty();
        lines.forEach(
                line -> assertThat(YAMLMapper.builder().build().readTree(line).has("seq"))
                        .isTrue());
    }

    @Test
    void raceDeploysSeveralHostsAndShowListsEveryHostTried(DumontServer server) {
        CliTester cli = new CliTester(server).env("DUMONT_TOKEN", TestUsers.token(server, "racer"));

        CliTester.Result deployed = cli.run(
                "deploy",
                "jupyter-lab",
                "--strategy",
                "RACE",
                "--race-size",
                "2",
                "--wait",
                "--timeout",
                "3m",
                "-o",
                "json");

        assertThat(deployed.exitCode()).as(deployed.toString()).isZero();
        JsonNode deployment = deployed.json();
        assertThat(deployment.get("status").asString()).isEqualTo("running");
        assertThat(deployment.get("strategy").asString()).isEqualTo("race");
        List<String> outcomes = new ArrayList<>();
        deployment.get("attempts").forEach(a -> outcomes.add(a.get("outcome").asString()));
        assertThat(outcomes).containsExactlyInAnyOrder("ready", "lost");
        String prefix = deployment.get("id").asString().substring(0, 8);

        CliTester.Result show = cli.run("deployments", "show", prefix);
        assertThat(show.exitCode()).as(show.toString()).isZero();
        assertThat(show.out())
                .contains("Strategy:")
                .contains("race (2 instances)")
                .contains("Hosts tried:");
        List<String> hosts = show.out()
                .lines()
                .dropWhile(l -> !l.equals("Hosts tried:"))
                .skip(1)
                .takeWhile(l -> l.startsWith("  #"))
                .toList();
        assertThat(hosts).hasSize(2);
        assertThat(hosts).anySatisfy(l -> assertThat(l).contains(", ready"));
        assertThat(hosts).anySatisfy(l -> assertThat(l).contains(", lost, $").contains(": lost the race to instance "));
        assertThat(hosts).allSatisfy(l -> assertThat(l).contains(" on machine "));
        assertThat(cli.run("deployments", "destroy", prefix).exitCode()).isZero();
    }

    @Test
    void anInterruptibleDeployRunsAtItsBidAndShowSaysSo(DumontServer server) {
        CliTester cli = new CliTester(server).env("DUMONT_TOKEN", TestUsers.token(server, "bidder"));

        CliTester.Result deployed =
                cli.run("deploy", "jupyter-lab", "--bid", "5", "--wait", "--timeout", "3m", "-o", "json");

        assertThat(deployed.exitCode()).as(deployed.toString()).isZero();
        JsonNode deployment = deployed.json();
        assertThat(deployment.get("status").asString()).isEqualTo("running");
        assertThat(deployment.get("bid_per_hour").asDouble()).isEqualTo(5.0);
        String prefix = deployment.get("id").asString().substring(0, 8);
        assertThat(cli.run("deployments", "show", prefix).out())
                .contains("Interruptible:")
                .contains("yes, bid $5.000/h for the GPU")
                .contains("Cost so far:");

        CliTester.Result set =
                cli.run("deployments", "hibernation", prefix, "--on", "--threshold", "10", "--idle", "15m");
        assertThat(set.exitCode()).as(set.toString()).isZero();
        assertThat(set.out()).contains("Auto-hibernation on").contains("900 s").contains("under 10 %");
        CliTester.Result scheduled = cli.run(
                "deployments", "hibernation", prefix, "--hours", "Mon-Fri 09:00-19:00 Europe/Paris", "--max-run", "8h");
        assertThat(scheduled.exitCode()).as(scheduled.toString()).isZero();
        assertThat(scheduled.out())
                .as("the idle settings as they were")
                .contains("Auto-hibernation on")
                .contains("900 s")
                .contains("stops outside Mon–Fri 09:00–19:00 Europe/Paris")
                .contains("stops after 8 h running");
        assertThat(cli.run("deployments", "show", prefix).out()).contains("stops after 8 h running (at ");
        CliTester.Result tooLong = cli.run("deployments", "hibernation", prefix, "--max-run", "8d");
        assertThat(tooLong.exitCode()).as(tooLong.toString()).isEqualTo(1);
        assertThat(tooLong.err()).contains("max_run_seconds");
        CliTester.Result cleared = cli.run("deployments", "hibernation", prefix, "--no-hours", "--no-max-run");
        assertThat(cleared.out()).contains("Auto-hibernation on").doesNotContain("stops ");
        assertThat(cli.run("deployments", "wake", prefix).err()).contains("Only a hibernated deployment can wake");
        assertThat(cli.run("deployments", "hibernate", prefix).exitCode()).isZero();
        assertThat(cli.awaitStatus(prefix, "hibernated")).isTrue();
        assertThat(cli.run("deployments", "wake", prefix).out()).contains("Waking");
        assertThat(cli.awaitStatus(prefix, "running")).isTrue();
        assertThat(cli.run("deployments", "destroy", prefix).exitCode()).isZero();

        CliTester.Result free = cli.run("deploy", "jupyter-lab", "--bid", "0");
        assertThat(free.exitCode()).isEqualTo(2);
        assertThat(free.err()).contains("--bid must be between 0.001 and 128 $/h");
    }

    @Test
    void aRaceSizeWithoutARaceIsAUsageError(DumontServer server) {
        CliTester cli = new CliTester(server).env("DUMONT_TOKEN", TestUsers.token(server, "no-race"));

        CliTester.Result noRace = cli.run("deploy", "jupyter-lab", "--race-size", "3");
        assertThat(noRace.exitCode()).isEqualTo(2);
        assertThat(noRace.err()).contains("--race-size needs --strategy race");

        CliTester.Result tooMany = cli.run("deploy", "jupyter-lab", "--strategy", "race", "--race-size", "6");
        assertThat(tooMany.exitCode()).isEqualTo(2);
        assertThat(tooMany.err()).contains("--race-size must be 2 to 5, not 6");

        assertThat(cli.run("deploy", "jupyter-lab", "--strategy", "fastest").exitCode())
                .isEqualTo(2);
        assertThat(cli.run("deployments", "list").out()).contains("No deployments");
    }

    @Test
    void modelsDeployRunsTheModelOnVastWithVllm(DumontServer server) {
        CliTester cli = new CliTester(server).env("DUMONT_TOKEN", TestUsers.token(server, "model-on-vast"));

        CliTester.Result deployed = cli.run(
                "models",
                "deploy",
                "Qwen/Qwen3-0.6B",
                "--gpu",
                "RTX 4090",
                "--context-length",
                "8192",
                "--wait",
                "--timeout",
                "3m",
                "-o",
                "json");

        assertThat(deployed.exitCode()).as(deployed.toString()).isZero();
        assertThat(deployed.err()).isEmpty();
        JsonNode deployment = deployed.json();
        assertThat(deployment.get("status").asString()).isEqualTo("running");
        assertThat(deployment.get("target").asString()).isEqualTo("vast");
        assertThat(deployment.get("template_slug").asString()).isEqualTo("vllm");
        assertThat(deployment.get("model_id").asString()).isEqualTo("Qwen/Qwen3-0.6B");
        assertThat(deployment.get("gpu_name").asString()).isEqualTo("RTX 4090");
        String prefix = deployment.get("id").asString().substring(0, 8);

        String row = cli.run("deployments", "list")
                .out()
                .lines()
                .filter(l -> l.startsWith(prefix))
                .findFirst()
                .orElseThrow();
        assertThat(row).contains("Qwen/Qwen3-0.6B", "vast", "running", "RTX 4090", "$");
        assertThat(cli.run("deployments", "show", prefix).out())
                .contains("Template:")
                .contains("vLLM: Qwen3 0.6B")
                .containsPattern("Model: +Qwen/Qwen3-0.6B");

        CliTester.Result pods = cli.run("k8s", "pods", prefix);
        assertThat(pods.exitCode()).isEqualTo(1);
        assertThat(pods.err()).startsWith("Error: ").contains("Vast.ai");
        assertThat(cli.run("deployments", "destroy", prefix).exitCode()).isZero();
    }

    @Test
    void modelsManifestPrintsYamlForKubectlAndNamesBrokenOptions(DumontServer server) {
        CliTester cli = new CliTester(server);

        CliTester.Result manifest = cli.run(
                "models",
                "manifest",
                "Qwen/Qwen3-0.6B",
                "--engine",
                "sglang",
                "--mode",
                "disaggregated",
                "-n",
                "llm",
                "--engine-arg=--max-running-requests",
                "--engine-arg=64");

        assertThat(manifest.exitCode()).as(manifest.toString()).isZero();
        JsonNode yaml = YAMLMapper.builder().build().readTree(manifest.out());
        assertThat(yaml.get("kind").asString()).isEqualTo("DynamoGraphDeployment");
        assertThat(yaml.get("metadata").get("namespace").asString()).isEqualTo("llm");
        assertThat(yaml.get("spec").get("backendFramework").asString()).isEqualTo("sglang");
        JsonNode args = yaml.get("spec")
                .get("services")
                .get("decode")
                .get("extraPodSpec")
                .get("mainContainer")
                .get("args");
        assertThat(args.toString()).contains("\"--max-running-requests\",\"64\"");

        CliTester.Result refused = cli.run("models", "manifest", "Qwen/Qwen3-0.6B", "--replicas", "0");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err()).startsWith("Error: ").contains("replicas: must be 1 to 10");
    }

    @Test
    void unknownDeploymentsAndTemplatesAreOneLineErrors(DumontServer server) {
        CliTester cli = new CliTester(server).env("DUMONT_TOKEN", TestUsers.token(server, "lost"));

        CliTester.Result unknownPrefix = cli.run("deployments", "show", "ffffffff");
        assertThat(unknownPrefix.exitCode()).isEqualTo(1);
        assertThat(unknownPrefix.err()).isEqualTo("Error: No deployment of yours has an id starting with 'ffffffff'\n");

        CliTester.Result unknownTemplate = cli.run("deploy", "no-such-template");
        assertThat(unknownTemplate.exitCode()).isEqualTo(1);
        assertThat(unknownTemplate.err().lines().toList()).hasSize(1);
        assertThat(unknownTemplate.err()).startsWith("Error: ").contains("no-such-template");
        assertThat(unknownTemplate.out()).isEmpty();
    }
}
