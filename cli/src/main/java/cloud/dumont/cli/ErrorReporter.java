package cloud.dumont.cli;

import cloud.dumont.sdk.DumontException;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Turns a failed command into one line on standard error and exit code 1: the server's problem detail as it is, with
 * a hint where one helps. The stack trace only with {@code -v}.
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {

    private final DumontCommand root;

    ErrorReporter(DumontCommand root) {
        this.root = root;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        String hint = commandLine.getCommandName().equals("login") ? null : hint(e);
        String message = message(e);
        err.println("Error: " + (hint == null ? message : message.replaceAll("\\.$", "") + ". " + hint));
        if (root.verbose()) {
            e.printStackTrace(err);
        }
        err.flush();
        return e instanceof CommandLine.ParameterException ? 2 : 1;
    }

    private static String message(Exception e) {
        if (e instanceof DumontException d) {
            return d.getMessage();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static String hint(Exception e) {
        if (e instanceof DumontException d) {
            return switch (d.status()) {
                case 0 -> "Is the server running? Pass --server or set DUMONT_SERVER.";
                case 401 -> "Run 'dumont login' (or set DUMONT_TOKEN) and try again.";
                default -> null;
            };
        }
        return null;
    }
}
