package cloud.dumont.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.dumont.testkit.DumontServer;
import cloud.dumont.testkit.DumontServerExtension;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DumontServerExtension.class)
class AccountCommandsTest {

    @Test
    void loginSavesAnOwnerOnlyTokenThatWhoamiUsesAndLogoutRevokes(DumontServer server) throws Exception {
        CliTester cli = new CliTester(server);

        CliTester.Result login = cli.loginAsAdmin();
        assertThat(login.exitCode()).as(login.toString()).isZero();
        assertThat(login.out()).contains("Logged in to " + server.baseUrl() + " as " + DumontServer.ADMIN_EMAIL);

        var saved = cli.configDir().resolve("login.json");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(saved)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cli.configDir())))
                .isEqualTo("rwx------");
        String token = new ConfigStore(cli.configDir()).load().orElseThrow().token();
        assertThat(token).startsWith("dmt_");
        assertThat(Files.readString(saved)).doesNotContain(DumontServer.ADMIN_PASSWORD);
        assertThat(login.out() + login.err()).doesNotContain(token);

        CliTester.Result whoami = cli.run("whoami", "-o", "json");
        assertThat(whoami.exitCode()).as(whoami.toString()).isZero();
        assertThat(whoami.json().get("email").asString()).isEqualTo(DumontServer.ADMIN_EMAIL);
        assertThat(whoami.json().get("role").asString()).isEqualTo("ADMIN");

        CliTester.Result logout = cli.run("logout");
        assertThat(logout.exitCode()).as(logout.toString()).isZero();
        assertThat(logout.out()).contains("token revoked");
        assertThat(saved).doesNotExist();

        // The revoked token no longer opens anything: the server says so, in one line, with exit code 1.
        CliTester.Result afterwards =
                new CliTester(server).env("DUMONT_TOKEN", token).run("whoami");
        assertThat(afterwards.exitCode()).isEqualTo(1);
        assertThat(afterwards.err())
                .startsWith("Error: ")
                .contains("dumont login")
                .doesNotContain("\tat ");
    }

    @Test
    void aWrongPasswordIsOneLineOfErrorAndSavesNothing(DumontServer server) {
        CliTester cli = new CliTester(server);

        CliTester.Result login = cli.login(DumontServer.ADMIN_EMAIL, "not-the-password");

        assertThat(login.exitCode()).isEqualTo(1);
        assertThat(login.err().lines().toList()).hasSize(1);
        assertThat(login.err()).startsWith("Error: ");
        assertThat(cli.configDir().resolve("login.json")).doesNotExist();
    }

    @Test
    void aSavedTokenIsNeverSentToAnotherServer(DumontServer server) throws Exception {
        CliTester cli = new CliTester(server);
        assertThat(cli.loginAsAdmin().exitCode()).isZero();
        List<String> authorizations = new CopyOnWriteArrayList<>();
        HttpServer other = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        other.createContext("/", exchange -> {
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            exchange.sendResponseHeaders(401, -1);
            exchange.close();
        });
        other.start();
        try {
            String url = "http://127.0.0.1:" + other.getAddress().getPort();

            CliTester.Result elsewhere = cli.run("whoami", "--server", url);

            assertThat(elsewhere.exitCode()).isEqualTo(1);
            assertThat(authorizations).containsExactly("null");
        } finally {
            other.stop(0);
        }
    }

    @Test
    void usageErrorsExitWithTwo(DumontServer server) {
        CliTester cli = new CliTester(server);

        assertThat(cli.run("deploy").exitCode()).isEqualTo(2);
        assertThat(cli.run("no-such-command").exitCode()).isEqualTo(2);
        assertThat(cli.run("deploy", "jupyter-lab", "--timeout", "soon").exitCode())
                .isEqualTo(2);
    }
}
