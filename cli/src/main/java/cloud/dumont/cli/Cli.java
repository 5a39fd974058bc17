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
        CommandLine commandLine = new CommandLine(root)
                .setOut(environment.out())
                .setErr(environment.err())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new ErrorReporter(root))
                .setColorScheme(CommandLine.Help.defaultColorScheme(
                        environment.stderrIsTerminal() ? CommandLine.Help.Ansi.AUTO : CommandLine.Help.Ansi.OFF));
        addHelpOptions(commandLine);
        return commandLine;
    }

    /**
     * Every command answers {@code -h}/{@code --help} with its usage and examples. The root's standard help options
     * are not inherited (their {@code --version} would clash with subcommands' own), so each command without a help
     * option gets one here.
     */
    private static void addHelpOptions(CommandLine commandLine) {
        CommandLine.Model.CommandSpec spec = commandLine.getCommandSpec();
        if (!spec.optionsMap().containsKey("--help")) {
            String[] names =
                    spec.optionsMap().containsKey("-h") ? new String[] {"--help"} : new String[] {"-h", "--help"};
            spec.addOption(CommandLine.Model.OptionSpec.builder(names)
                    .usageHelp(true)
                    .description("Show this help, with examples, and exit")
                    .build());
        }
        commandLine.getSubcommands().values().forEach(Cli::addHelpOptions);
    }
}
