package cloud.dumont.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.dumont.testkit.DumontServer;
import cloud.dumont.testkit.DumontServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * {@code dumont deployments failover}: shown, set, refused out of range, and a move to a new host now; {@code show}
 * prints failover while it runs and the hibernation's stage while it sleeps.
 */
@ExtendWith(DumontServerExtension.class)
class FailoverCommandsTest {

    @Test
    void failoverIsShownSetAndMovesTheDeploymentToANewHost(DumontServer server) {
        CliTester cli = new CliTester(server).env("DUMONT_TOKEN", TestUsers.token(server, "failover"));
        CliTester.Result deployed = cli.run("deploy", "jupyter-lab", "--wait", "--timeout", "3m", "-o", "json");
        assertThat(deployed.exitCode()).as(deployed.toString()).isZero();
        String id = deployed.json().get("id").asString();
        String prefix = id.substring(0, 8);
        long firstInstance = deployed.json().get("instance_id").asLong();
        try {
            // The test server starts deployments with failover off.
            CliTester.Result shown = cli.run("deployments", "failover", prefix);
            assertThat(shown.exitCode()).as(shown.toString()).isZero();
            assertThat(shown.out())
                    .isEqualTo("Failover off for " + id + ": a lost host fails the deployment (on, it snapshots every"
                            + " 30 min)\n");

            CliTester.Result on = cli.run("deployments", "failover", prefix, "--on", "--interval", "15m");
            assertThat(on.exitCode()).as(on.toString()).isZero();
            assertThat(on.out()).startsWith("Failover on for " + id + ": ");
            assertThat(cli.run("deployments", "show", prefix).out())
                    .containsPattern("Failover: +on: ")
                    .doesNotContain("Hibernated:");

            CliTester.Result interval = cli.run("deployments", "failover", prefix, "--interval", "1h", "-o", "json");
            assertThat(interval.exitCode()).as(interval.toString()).isZero();
            assertThat(interval.json().get("enabled").asBoolean()).as("kept on").isTrue();
            assertThat(interval.json().get("snapshot_interval_seconds").asInt()).isEqualTo(3600);

            CliTester.Result tooOften = cli.run("deployments", "failover", prefix, "--interval", "1m");
            assertThat(tooOften.exitCode()).isEqualTo(2);
            assertThat(tooOften.err()).contains("--interval must be between 5m and 24h, not 60 s");

            CliTester.Result moved = cli.run("deployments", "failover", prefix, "--off", "--now");
            assertThat(moved.exitCode()).as(moved.toString()).isZero();
            assertThat(moved.out().lines().toList())
                    .containsExactly(
                            "Failover off for " + id
                                    + ": a lost host fails the deployment (on, it snapshots every 1 h)",
                            "Moving " + id + " to a new host: provisioning");
            assertThat(cli.awaitStatus(prefix, "running")).isTrue();
            JsonNode running =
                    cli.run("deployments", "show", prefix, "-o", "json").json();
            assertThat(running.get("instance_id").asLong()).isNotEqualTo(firstInstance);
            assertThat(cli.run("deployments", "show", prefix).out())
                    .contains("failover requested")
                    .containsPattern("Failover: +off: ");

            assertThat(cli.run("deployments", "hibernate", prefix).exitCode()).isZero();
            assertThat(cli.awaitStatus(prefix, "hibernated")).isTrue();
            assertThat(cli.run("deployments", "show", prefix).out())
                    .as("stage 1, with or without a snapshot depending on whether the agent reported")
                    .containsPattern("Hibernated: +stopped[, ]");
            CliTester.Result asleep = cli.run("deployments", "failover", prefix, "--now");
            assertThat(asleep.exitCode()).isEqualTo(1);
            assertThat(asleep.err()).contains("Only a running or unhealthy deployment can fail over");
        } finally {
            assertThat(cli.run("deployments", "destroy", prefix).exitCode()).isZero();
        }

        CliTester.Result ended = cli.run("deployments", "failover", prefix);
        assertThat(ended.exitCode()).isEqualTo(1);
        assertThat(ended.err()).contains("Failover is for live deployments; " + id + " is destroy");
    }
}
