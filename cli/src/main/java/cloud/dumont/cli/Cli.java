package cloud.dumont.cli;

import picocli.CommandLine;

/** Builds the command tree over an environment and runs one command line. */
public final class Cli {

    private Cli() {}

    /** Runs {@code args}; the answer is the exit code: 0 success, 1 failure, 2 usage error. */
    public static int run(String[] args, CliEnvironment environment) {
        CommandLine commandLine = commandLine(environment);
        try {
            return commandLine.execute(args);
        } finally {
            environment.out().flush();
            environment.err().flush();
        }
    }

    static CommandLine commandLine(CliEnvironment environment) {
        DumontCommand root = new DumontCommand(environment);
        return new CommandLine(root)
                .setOut(environment.out())
                .setErr(environment.err())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new ErrorReporter(root))
                .setColorScheme(CommandLine.Help.defaultColorScheme(
                        environment.stderrIsTerminal() ? CommandLine.Help.Ansi.AUTO : CommandLine.Help.Ansi.OFF));
    }
}
