package cloud.dumont.cli.account;

import cloud.dumont.api.identity.UserResponse;
import cloud.dumont.cli.CommandBase;
import cloud.dumont.cli.output.Details;
import picocli.CommandLine.Command;

@Command(
        name = "whoami",
        description = "Show the account the saved token (or $DUMONT_TOKEN) belongs to.",
        footer = {"", "Examples:", "  dumont whoami", "  dumont whoami -o json"})
public final class WhoamiCommand extends CommandBase {

    @Override
    protected int execute() {
        UserResponse me = client().auth().me();
        String server = root().session().server();
        output().print(me, () -> Details.of()
                .field("Email", me.email())
                .field("Name", me.displayName())
                .field("Role", me.role())
                .field("Server", server));
        return 0;
    }
}
