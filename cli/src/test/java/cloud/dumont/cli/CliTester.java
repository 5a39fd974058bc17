package cloud.dumont.cli;

import cloud.dumont.testkit.DumontServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs {@code dumont} commands in-process against the test server, each with captured standard output and error, its
 * own config directory (so logins of different tests never mix) and no terminal.
 */
public final class CliTester {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path configDir;
    private final Map<String, String> env = new HashMap<>();

    /** What one command did. */
    public record Result(int exitCode, String out, String err) {

        public JsonNode json() {
            return JSON.readTree(out);
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    public CliTester(DumontServer server) {
        try {
            this.configDir = Files.createTempDirectory("dumont-cli-test");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        env.put("DUMONT_SERVER", server.baseUrl());
    }

    public Map<String, String> env() {
        return Map.copyOf(env);
    }

    public Path configDir() {
        return configDir;
    }

    /** Sets an environment variable for the following commands ({@code DUMONT_TOKEN}, say). */
    public CliTester env(String name, String value) {
        env.put(name, value);
        return this;
    }

    public Result run(String... args) {
        return runWithInput("", args);
    }

    public Result runWithInput(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliEnvironment environment = CliEnvironment.of(
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                Map.copyOf(env),
                configDir);
        int code = Cli.run(args, environment);
        return new Result(code, out.toString(), err.toString());
    }

    /** Logs in as {@code email} with a password read from standard input, as a script would. */
    public Result login(String email, String password) {
        return runWithInput(password + "\n", "login", "--email", email, "--password-stdin");
    }

    public Result loginAsAdmin() {
        return login(DumontServer.ADMIN_EMAIL, DumontServer.ADMIN_PASSWORD);
    }

    /** Polls {@code deployments show} for up to 90 s until the deployment has {@code status}; false if it never does. */
    public boolean awaitStatus(String deployment, String status) {
        for (int i = 0; i < 180; i++) {
            if (status.equals(run("deployments", "show", deployment, "-o", "json")
                    .json()
                    .get("status")
                    .asString())) {
                return true;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
