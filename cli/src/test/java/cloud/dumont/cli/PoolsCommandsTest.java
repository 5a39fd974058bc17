package cloud.dumont.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.dumont.testkit.DumontServer;
import cloud.dumont.testkit.DumontServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/** {@code dumont pools}: an admin sizes a warm pool and empties it; anyone else is told no in one line. */
@ExtendWith(DumontServerExtension.class)
class PoolsCommandsTest {

    // Not jupyter-lab, which the other tests deploy: a pool member must not take the offer one of them picked.
    private static final String TEMPLATE = "stable-diffusion";

    @Test
    void anAdminSetsAPoolSeesItListedAndEmptiesIt(DumontServer server) {
        CliTester admin = new CliTester(server);
        assertThat(admin.loginAsAdmin().exitCode()).isZero();
        try {
            CliTester.Result set = admin.run("pools", "set", TEMPLATE, "1");

            assertThat(set.exitCode()).as(set.toString()).isZero();
            assertThat(set.out()).startsWith("Warm pool of " + TEMPLATE + ": 1 idle kept (");
            CliTester.Result list = admin.run("pools", "list");
            assertThat(list.out().lines().findFirst().orElseThrow())
                    .startsWith("TEMPLATE")
                    .contains("MIN IDLE");
            assertThat(list.out()
                            .lines()
                            .filter(l -> l.startsWith(TEMPLATE + " "))
                            .toList())
                    .singleElement()
                    .satisfies(row -> assertThat(row.split("\\s+")[1]).isEqualTo("1"));
        } finally {
            CliTester.Result emptied = admin.run("pools", "set", TEMPLATE, "0", "-o", "json");
            assertThat(emptied.exitCode()).as(emptied.toString()).isZero();
            JsonNode pool = emptied.json();
            assertThat(pool.get("min_idle").asInt()).isZero();
            assertThat(pool.get("idle").asInt() + pool.get("starting").asInt()).isZero();
        }
    }

    @Test
    void aUserWhoSetsAPoolGetsOneLineAndExitCodeOne(DumontServer server) {
        CliTester cli = new CliTester(server).env("DUMONT_TOKEN", TestUsers.token(server, "pool-user"));

        CliTester.Result refused = cli.run("pools", "set", TEMPLATE, "2");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err().lines().toList()).containsExactly("Error: Only an administrator manages warm pools");
        assertThat(cli.run("pools", "list").exitCode()).isEqualTo(1);
    }
}
