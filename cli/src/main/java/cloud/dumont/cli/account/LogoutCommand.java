package cloud.dumont.cli.account;

import cloud.dumont.cli.CommandBase;
import cloud.dumont.cli.SavedLogin;
import cloud.dumont.cli.Session;
import cloud.dumont.sdk.DumontClient;
import cloud.dumont.sdk.DumontException;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;

@Command(
        name = "logout",
        description = "Revoke the saved token on its server and forget it.",
        footer = {"", "Examples:", "  dumont logout"})
public final class LogoutCommand extends CommandBase {

    @Override
    protected int execute() {
        Session session = root().session();
        Optional<SavedLogin> saved = session.config().load();
        if (saved.isEmpty()) {
            output().done("Not logged in.", Map.of("logged_out", false));
            return 0;
        }
        SavedLogin login = saved.get();
        boolean revoked = false;
        if (login.tokenId() != null) {
            try {
                DumontClient client = DumontClient.builder(login.server())
                        .token(login.token())
                        .userAgent("dumont-cli")
                        .build();
                client.auth().revokeToken(login.tokenId());
                revoked = true;
            } catch (DumontException e) {
                err().println("Warning: the token could not be revoked on " + login.server() + " (" + e.getMessage()
                        + "); revoke it in the web UI");
            }
        }
        session.config().delete();
        output().done(
                        "Logged out of " + login.server() + (revoked ? " (token revoked)" : ""),
                        Map.of("logged_out", true, "server", login.server(), "token_revoked", revoked));
        return 0;
    }
}
