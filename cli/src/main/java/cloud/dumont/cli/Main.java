package cloud.dumont.cli;

/** The {@code dumont} program: runs one command against the process's real streams and exits with its code. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.exit(Cli.run(args, CliEnvironment.system()));
    }
}
