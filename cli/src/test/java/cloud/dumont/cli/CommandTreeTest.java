package cloud.dumont.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command of the tree, walked from the root: help with examples, and a completion script that names them. */
class CommandTreeTest {

    private static final Path NO_CONFIG = Path.of("target", "no-config");

    @Test
    void everyCommandHasHelpWithExamples() {
        List<List<String>> paths = new ArrayList<>();
        collect(Cli.commandLine(environment(new StringWriter(), new StringWriter())), new ArrayList<>(), paths);
        assertThat(paths).hasSizeGreaterThan(15);

        for (List<String> path : paths) {
            if (path.contains("generate-completion")) {
                continue; // picocli's own command
            }
            StringWriter out = new StringWriter();
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            int code = Cli.run(args.toArray(String[]::new), environment(out, new StringWriter()));
            assertThat(code).as(String.join(" ", args)).isZero();
            assertThat(out.toString())
                    .as(String.join(" ", args))
                    .contains("Examples:")
                    .contains("dumont ");
        }
    }

    @Test
    void theCompletionScriptCompletesCommandsAndOptions() {
        StringWriter out = new StringWriter();

        int code = Cli.run(new String[] {"generate-completion"}, environment(out, new StringWriter()));

        assertThat(code).isZero();
        assertThat(out.toString())
                .contains("complete -F")
                .contains("deployments")
                .contains("marketplace")
                .contains("--no-progress");
    }

    @Test
    void noArgumentsPrintsUsage() {
        StringWriter out = new StringWriter();

        int code = Cli.run(new String[0], environment(out, new StringWriter()));

        assertThat(code).isZero();
        assertThat(out.toString()).startsWith("Usage: dumont").contains("Commands:");
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> paths) {
        for (var entry : command.getSubcommands().entrySet()) {
            if (!entry.getKey().equals(entry.getValue().getCommandName())) {
                continue; // an alias of a command already walked
            }
            List<String> sub = new ArrayList<>(path);
            sub.add(entry.getKey());
            paths.add(sub);
            collect(entry.getValue(), sub, paths);
        }
    }

    private static CliEnvironment environment(StringWriter out, StringWriter err) {
        return CliEnvironment.of(
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                new ByteArrayInputStream(new byte[0]),
                Map.of(),
                NO_CONFIG);
    }
}
