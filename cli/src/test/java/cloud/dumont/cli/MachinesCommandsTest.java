package cloud.dumont.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.dumont.testkit.DumontServer;
import cloud.dumont.testkit.DumontServerExtension;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/** {@code dumont machines}: the history of a host a deployment ran on, and an admin's blacklisting. */
@ExtendWith(DumontServerExtension.class)
class MachinesCommandsTest {

    @Test
    void theHostADeploymentRanOnShowsItsReadyAttempt(DumontServer server) {
        CliTester cli = new CliTester(server).env("DUMONT_TOKEN", TestUsers.token(server, "hosts"));
        CliTester.Result deployed = cli.run("deploy", "jupyter-lab", "--wait", "--timeout", "2m", "-o", "json");
        assertThat(deployed.exitCode()).as(deployed.toString()).isZero();
        JsonNode deployment = deployed.json();
        String machineId = deployment.get("machine_id").asString();
        String gpu = deployment.get("gpu_name").asString();
        try {
            CliTester.Result show = cli.run("machines", "show", machineId);

            assertThat(show.exitCode()).as(show.toString()).isZero();
            assertThat(show.out())
                    .contains("Machine:")
                    .contains(machineId)
                    .contains("GPU:")
                    .contains(gpu)
                    .containsPattern("Success: +\\d+\\.\\d% \\(\\d+ ready, \\d+ failed, \\d+ attempts?\\)")
                    .containsPattern("Blacklisted: +no")
                    .contains("Attempts (newest first):");
            assertThat(show.out().lines().filter(l -> l.contains(" ready ")).toList())
                    .as(show.out())
                    .isNotEmpty();

            CliTester.Result list = cli.run("machines", "list", "--gpu", gpu, "--limit", "500");
            assertThat(list.exitCode()).as(list.toString()).isZero();
            assertThat(list.out().lines().findFirst().orElseThrow())
                    .startsWith("MACHINE")
                    .contains("SUCCESS", "MEDIAN READY", "BLACKLISTED");
            assertThat(list.out().lines().skip(1))
                    .anySatisfy(row -> assertThat(row).startsWith(machineId + " "));
            assertThat(list.out().lines().skip(1))
                    .allSatisfy(row -> assertThat(row).contains(gpu));
            JsonNode json = cli.run("machines", "list", "-o", "json").json();
            assertThat(json.get("total").asInt()).isPositive();
            assertThat(json.get("gpu_models").isArray()).isTrue();
        } finally {
            cli.run("deployments", "destroy", deployment.get("id").asString());
        }
    }

    @Test
    void anAdminBlacklistsAMachineThatIsThenListedAndClearsIt(DumontServer server) {
        CliTester admin = new CliTester(server);
        assertThat(admin.loginAsAdmin().exitCode()).isZero();
        // No host of the simulated market: other tests' deploys must not be steered away from a real one.
        String machineId = Long.toString(ThreadLocalRandom.current().nextLong(900_000_000L, 999_999_999L));

        CliTester.Result added =
                admin.run("machines", "blacklist", machineId, "--reason", "Disk errors on boot", "--for", "2d");

        assertThat(added.exitCode()).as(added.toString()).isZero();
        assertThat(added.out())
                .startsWith("Machine " + machineId + " blacklisted until ")
                .contains("Disk errors");
        // 'machines list' lists machines with attempts only, and this one has none: its page shows the entry.
        CliTester.Result show = admin.run("machines", "show", machineId);
        assertThat(show.out())
                .containsPattern("Blacklisted: +until ")
                .contains("(admin): Disk errors on boot")
                .contains("admin, offence 1: Disk errors on boot (active)")
                .contains("No attempts recorded");
        JsonNode entry = admin.run("machines", "show", machineId, "-o", "json")
                .json()
                .get("blacklist")
                .get(0);
        assertThat(entry.get("active").asBoolean()).isTrue();
        assertThat(entry.get("expires_at").isNull()).isFalse();

        CliTester.Result cleared = admin.run("machines", "clear", machineId, "-o", "json");

        assertThat(cleared.exitCode()).as(cleared.toString()).isZero();
        assertThat(cleared.json().get("active").asBoolean()).isFalse();
        assertThat(cleared.json().get("clear_reason").asString()).isEqualTo("Cleared from the command line");
        assertThat(admin.run("machines", "show", machineId).out()).containsPattern("Blacklisted: +no");
        CliTester.Result again = admin.run("machines", "clear", machineId);
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err().lines().toList()).singleElement().satisfies(l -> assertThat(l)
                .startsWith("Error: "));
    }

    @Test
    void aUserMayNotBlacklistAndABadLengthIsAUsageError(DumontServer server) {
        CliTester cli = new CliTester(server).env("DUMONT_TOKEN", TestUsers.token(server, "not-admin"));

        CliTester.Result refused = cli.run("machines", "blacklist", "900000001", "--reason", "I do not like it");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err().lines().toList())
                .singleElement()
                .satisfies(l -> assertThat(l).startsWith("Error: ").contains("admins"));
        CliTester.Result badLength =
                cli.run("machines", "blacklist", "900000001", "--reason", "Flaky", "--for", "soon");
        assertThat(badLength.exitCode()).isEqualTo(2);
        assertThat(badLength.err()).contains("'soon' is not a length such as 12h, 3d or 1w");
    }
}
