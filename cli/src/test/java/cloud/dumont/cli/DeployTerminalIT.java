package cloud.dumont.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cloud.dumont.testkit.DumontServer;
import cloud.dumont.testkit.DumontServerExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged {@code bin/dumont} as a user runs it: under a pseudo-terminal (util-linux {@code script} allocates
 * one), {@code deploy --wait} draws its progress; through a pipe, standard output holds the result alone.
 */
@ExtendWith(DumontServerExtension.class)
class DeployTerminalIT {

    private static final Path LAUNCHER =
            Path.of(System.getProperty("dumont.cli.home", "target/dumont-cli/dumont"), "bin", "dumont");

    @Test
    void underAPseudoTerminalProgressIsDrawn(DumontServer server) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "util-linux script is not installed");
        String token = TestUsers.token(server, "terminal");
        Path transcript = Files.createTempFile("dumont-pty", ".txt");

        String command = quote(LAUNCHER.toAbsolutePath().toString()) + " deploy jupyter-lab --wait --timeout 3m";
        Process process = start(List.of("script", "-qefc", command, "/dev/null"), server, token, transcript, null);

        assertThat(process.waitFor(4, TimeUnit.MINUTES)).isTrue();
        String screen = Files.readString(transcript, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(screen).isZero();
        // The stepper: lines redrawn in place, a spinner frame, each phase finished with a check mark.
        assertThat(screen).contains("\r\033[2K");
        assertThat(screen).containsPattern("[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] (provisioning|starting)");
        assertThat(screen).contains("✓ provisioning").contains("✓ running").contains("✓ total");
        // The result follows: the deployment and the link that opens it.
        assertThat(screen).contains("Status:").contains("running").contains("Open:");
        destroyAll(server, token);
    }

    @Test
    void wakeWaitDrawsTheSameProgressUntilTheAppAnswersAgain(DumontServer server) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "util-linux script is not installed");
        String token = TestUsers.token(server, "terminal-wake");
        var deployments = cloud.dumont.sdk.DumontClient.builder(server.baseUrl())
                .token(token)
                .build()
                .deployments();
        var id = deployments
                .deploy("jupyter-lab", new cloud.dumont.api.deployment.DeployRequest(null, null, null, null, null))
                .id();
        deployments.await(id, cloud.dumont.sdk.DeploymentsApi.SETTLED, java.time.Duration.ofMinutes(3), e -> {});
        deployments.hibernate(id);
        deployments.await(
                id,
                java.util.Set.of(cloud.dumont.api.deployment.DeploymentStatus.hibernated),
                java.time.Duration.ofMinutes(3),
                e -> {});
        Path transcript = Files.createTempFile("dumont-pty-wake", ".txt");

        String command =
                quote(LAUNCHER.toAbsolutePath().toString()) + " deployments wake " + id + " --wait --timeout 3m";
        Process process = start(List.of("script", "-qefc", command, "/dev/null"), server, token, transcript, null);

        assertThat(process.waitFor(4, TimeUnit.MINUTES)).isTrue();
        String screen = Files.readString(transcript, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(screen).isZero();
        assertThat(screen).contains("Waking JupyterLab (" + id.toString().substring(0, 8));
        assertThat(screen).contains("\r\033[2K").contains("✓ running");
        assertThat(screen).as("this wake's steps, not the history before it").doesNotContain("✓ hibernating");
        assertThat(screen).contains("Status:").contains("running");
        destroyAll(server, token);
    }

    @Test
    void throughAPipeStandardOutputHoldsTheResultAlone(DumontServer server) throws Exception {
        String token = TestUsers.token(server, "pipe");
        Path stdout = Files.createTempFile("dumont-pipe", ".out");
        Path stderr = Files.createTempFile("dumont-pipe", ".err");

        List<String> command = List.of(
                LAUNCHER.toAbsolutePath().toString(),
                "deploy",
                "jupyter-lab",
                "--wait",
                "--timeout",
                "3m",
                "-o",
                "json");
        Process process = start(command, server, token, stdout, stderr);

        assertThat(process.waitFor(4, TimeUnit.MINUTES)).isTrue();
        String out = Files.readString(stdout, StandardCharsets.UTF_8);
        String err = Files.readString(stderr, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(out + err).isZero();
        assertThat(out).doesNotContain("\r").doesNotContain("\033").doesNotContainPattern("[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏✓]");
        assertThat(err).isEmpty();
        JsonNode deployment = JsonMapper.builder().build().readTree(out);
        assertThat(deployment.get("status").asString()).isEqualTo("running");
        destroyAll(server, token);
    }

    private static Process start(List<String> command, DumontServer server, String token, Path out, Path err)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectOutput(out.toFile());
        if (err == null) {
            builder.redirectErrorStream(true);
        } else {
            builder.redirectError(err.toFile());
        }
        builder.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().put("DUMONT_SERVER", server.baseUrl());
        builder.environment().put("DUMONT_TOKEN", token);
        builder.environment()
                .put(
                        "DUMONT_CONFIG_DIR",
                        Files.createTempDirectory("dumont-cli-home").toString());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("LANG", "C.UTF-8");
        builder.environment().put("TERM", "xterm-256color");
        return builder.start();
    }

    private static void destroyAll(DumontServer server, String token) {
        var client = cloud.dumont.sdk.DumontClient.builder(server.baseUrl())
                .token(token)
                .build();
        client.deployments().list().forEach(d -> client.deployments().destroy(d.id()));
    }

    private static String quote(String path) {
        return "'" + path.replace("'", "'\\''") + "'";
    }
}
