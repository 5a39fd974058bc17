package cloud.dumont.cli.account;

import cloud.dumont.api.identity.AccessToken;
import cloud.dumont.api.identity.ApiTokenResponse;
import cloud.dumont.api.identity.UserResponse;
import cloud.dumont.cli.CommandBase;
import cloud.dumont.cli.SavedLogin;
import cloud.dumont.cli.Session;
import cloud.dumont.cli.UserError;
import cloud.dumont.sdk.DumontClient;
import java.io.Console;
import java.io.IOException;
import java.net.InetAddress;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "login",
        description = {
            "Sign in and save a personal API token for the server in your config directory (owner-only).",
            "Your password is sent once, to create the token; it is never stored."
        },
        footer = {
            "",
            "Examples:",
            "  dumont login --server https://dumont.example.com          # asks for email and password",
            "  echo \"$PASSWORD\" | dumont login --email me@example.com --password-stdin",
            "  dumont login --token dmt_...                               # a token made in the web UI"
        })
public final class LoginCommand extends CommandBase {

    @Option(names = "--email", description = "Your account's email (asked for when absent)")
    String email;

    @Option(names = "--password-stdin", description = "Read the password from standard input instead of asking")
    boolean passwordFromStdin;

    @Option(
            names = "--token",
            paramLabel = "TOKEN",
            description = "Save this personal API token instead of signing in with a password")
    String token;

    @Override
    protected int execute() throws IOException {
        Session session = root().session();
        String server = session.server();
        DumontClient anonymous = session.anonymous();
        SavedLogin saved;
        UserResponse user;
        if (token != null) {
            user = anonymous.withToken(token.strip()).auth().me();
            saved = new SavedLogin(server, token.strip(), null, user.email());
        } else {
            String address = email != null ? email : ask("Email: ");
            String password = passwordFromStdin ? environment().in().readLine() : askSecret("Password: ");
            if (address == null || address.isBlank() || password == null || password.isEmpty()) {
                throw new UserError("Email and password are required");
            }
            AccessToken access = anonymous.auth().login(address.strip(), password);
            DumontClient signedIn = anonymous.withToken(access.accessToken());
            user = signedIn.auth().me();
            ApiTokenResponse created = signedIn.auth().createToken(tokenName(), null);
            saved = new SavedLogin(server, created.token(), created.id(), user.email());
        }
        session.config().save(saved);
        output().done(
                        "Logged in to " + server + " as " + user.email() + " (token saved in "
                                + session.config().file() + ")",
                        Map.of("server", server, "email", user.email(), "role", user.role()));
        return 0;
    }

    private String ask(String prompt) throws IOException {
        Console console = System.console();
        if (console != null && environment().stderrIsTerminal()) {
            return console.readLine(prompt);
        }
        err().print(prompt);
        err().flush();
        return environment().in().readLine();
    }

    private String askSecret(String prompt) throws IOException {
        Console console = System.console();
        if (console != null && environment().stderrIsTerminal()) {
            char[] secret = console.readPassword(prompt);
            return secret == null ? null : new String(secret);
        }
        throw new UserError("No terminal to ask for the password on: pass --password-stdin or --token");
    }

    /** Names the token after this machine, so the web UI's token list tells which one to revoke. */
    private static String tokenName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "this machine";
        }
        String name = "dumont CLI on " + host;
        return name.length() > 100 ? name.substring(0, 100) : name;
    }
}
