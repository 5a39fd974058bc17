package cloud.dumont.cli;

import cloud.dumont.cli.output.Output;
import cloud.dumont.sdk.DumontClient;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/** What every command has at hand: the client, the chosen output, the environment. */
public abstract class CommandBase implements Callable<Integer> {

    @CommandLine.Spec
    protected CommandLine.Model.CommandSpec spec;

    protected DumontCommand root() {
        return DumontCommand.of(spec);
    }

    protected DumontClient client() {
        return root().session().client();
    }

    protected Output output() {
        return root().output();
    }

    protected CliEnvironment environment() {
        return root().environment();
    }

    /** Warnings and progress: standard error, so they never mix with results a script reads. */
    protected PrintWriter err() {
        return environment().err();
    }

    /** A warning for a person at a terminal; scripts reading a pipe get results only. */
    protected void warn(String message) {
        if (environment().stderrIsTerminal()) {
            err().println("Warning: " + message);
        }
    }

    @Override
    public final Integer call() throws Exception {
        return execute();
    }

    /** Runs the command; the answer is its exit code. */
    protected abstract int execute() throws Exception;
}
