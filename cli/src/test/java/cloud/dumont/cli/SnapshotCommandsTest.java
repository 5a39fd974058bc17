package cloud.dumont.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.dumont.testkit.DumontServer;
import cloud.dumont.testkit.DumontServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * {@code dumont deployments snapshots} lists a hibernated deployment's snapshot and refuses to delete the one it relies
 * on; {@code wake --wait} follows the wake to running; then the snapshot is history and can go.
 */
@ExtendWith(DumontServerExtension.class)
class SnapshotCommandsTest {

    @Test
    void aHibernationsSnapshotIsListedKeptUntilTheWakeAndThenDeletable(DumontServer server) {
        CliTester cli = new CliTester(server).env("DUMONT_TOKEN", TestUsers.token(server, "snapshots"));
        CliTester.Result deployed = cli.run("deploy", "jupyter-lab", "--wait", "--timeout", "3m", "-o", "json");
        assertThat(deployed.exitCode()).as(deployed.toString()).isZero();
        String prefix = deployed.json().get("id").asString().substring(0, 8);
        try {
            CliTester.Result none = cli.run("deployments", "snapshots", prefix);
            assertThat(none.out()).isEqualTo("No snapshots yet: one is taken when the deployment hibernates.\n");

            // The simulated instance's agent reported at boot, so the hibernation snapshots the workspace first.
            assertThat(cli.run("deployments", "hibernate", prefix).exitCode()).isZero();
            assertThat(cli.awaitStatus(prefix, "hibernated")).isTrue();

            JsonNode snapshot = cli.run("deployments", "snapshots", prefix, "-o", "json")
                    .json()
                    .get(0);
            assertThat(snapshot.get("status").asString()).isEqualTo("complete");
            String snapshotPrefix = snapshot.get("id").asString().substring(0, 8);
            CliTester.Result table = cli.run("deployments", "snapshots", prefix);
            assertThat(table.out().lines().toList())
                    .hasSize(2)
                    .first()
                    .asString()
                    .matches("ID +STATUS +SIZE +TAKEN +KEPT ON");
            assertThat(table.out().lines().toList().get(1))
                    .startsWith(snapshotPrefix)
                    .contains("complete")
                    .contains("server disk");

            CliTester.Result refused = cli.run("deployments", "snapshots", prefix, "--delete", snapshotPrefix);
            assertThat(refused.exitCode()).isEqualTo(1);
            assertThat(refused.err()).contains("The hibernated deployment relies on this snapshot");

            CliTester.Result woken = cli.run("deployments", "wake", prefix, "--wait", "--timeout", "3m");
            assertThat(woken.exitCode()).as(woken.toString()).isZero();
            // Not a terminal: the progress Deployer.follow draws (as for deploy --wait) stays off stderr.
            assertThat(woken.err()).isEmpty();
            assertThat(woken.out()).containsPattern("Status: +running");

            CliTester.Result deleted = cli.run("deployments", "snapshots", prefix, "--delete", snapshotPrefix);
            assertThat(deleted.exitCode()).as(deleted.toString()).isZero();
            assertThat(deleted.out())
                    .startsWith("Deleted snapshot " + snapshot.get("id").asString());
            assertThat(cli.run("deployments", "snapshots", prefix, "-o", "json").json())
                    .isEmpty();

            CliTester.Result unknown = cli.run("deployments", "snapshots", prefix, "--delete", "ffffffff");
            assertThat(unknown.exitCode()).isEqualTo(1);
            assertThat(unknown.err()).contains("The deployment has no snapshot whose id starts with 'ffffffff'");
        } finally {
            assertThat(cli.run("deployments", "destroy", prefix).exitCode()).isZero();
        }
    }
}
