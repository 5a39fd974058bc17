package cloud.dumont.cli;

import picocli.CommandLine.Option;

/** {@code -h/--help} on every command (the root's standard options also add {@code -V/--version}). */
public final class HelpOption {

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help, with examples, and exit")
    boolean help;
}
