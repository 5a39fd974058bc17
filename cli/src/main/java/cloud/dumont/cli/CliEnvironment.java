package cloud.dumont.cli;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * Everything the command line takes from the process around it: its streams, environment variables, config
 * directory, and whether standard error is a terminal. Tests build one over captured streams and run commands
 * in-process.
 *
 * @param stderrIsTerminal true when progress may be drawn on standard error
 */
public record CliEnvironment(
        PrintWriter out,
        PrintWriter err,
        BufferedReader in,
        Map<String, String> env,
        Path configDir,
        boolean stderrIsTerminal) {

    /** The running process's own. */
    public static CliEnvironment system() {
        Map<String, String> env = System.getenv();
        return new CliEnvironment(
                writer(System.out),
                writer(System.err),
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                env,
                configDirectory(env),
                stderrIsTerminal(env));
    }

    /** For tests: the given streams and environment, never a terminal unless asked. */
    public static CliEnvironment of(
            PrintWriter out, PrintWriter err, InputStream in, Map<String, String> env, Path configDir) {
        return new CliEnvironment(
                out, err, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), env, configDir, false);
    }

    /**
     * {@code $DUMONT_CONFIG_DIR}, else {@code $XDG_CONFIG_HOME/dumont}, else {@code %APPDATA%\dumont} on Windows,
     * else {@code ~/.config/dumont}.
     */
    static Path configDirectory(Map<String, String> env) {
        if (present(env.get("DUMONT_CONFIG_DIR"))) {
            return Path.of(env.get("DUMONT_CONFIG_DIR"));
        }
        if (present(env.get("XDG_CONFIG_HOME"))) {
            return Path.of(env.get("XDG_CONFIG_HOME"), "dumont");
        }
        if (System.getProperty("os.name", "").startsWith("Windows") && present(env.get("APPDATA"))) {
            return Path.of(env.get("APPDATA"), "dumont");
        }
        return Path.of(System.getProperty("user.home"), ".config", "dumont");
    }

    /**
     * The launcher script asks the shell ({@code [ -t 2 ]}) and passes the answer in {@code DUMONT_STDERR_TTY}: Java
     * itself cannot tell whether standard error is a terminal. Without the script, a console means a terminal.
     */
    static boolean stderrIsTerminal(Map<String, String> env) {
        String fromLauncher = env.get("DUMONT_STDERR_TTY");
        if (fromLauncher != null) {
            return fromLauncher.equals("1");
        }
        return System.console() != null && consoleIsTerminal();
    }

    /** {@code Console.isTerminal()} exists from Java 22; on 21 a non-null console already means a terminal. */
    private static boolean consoleIsTerminal() {
        try {
            return (boolean) java.io.Console.class.getMethod("isTerminal").invoke(System.console());
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
