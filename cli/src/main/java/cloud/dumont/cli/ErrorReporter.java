package cloud.dumont.cli;

import cloud.dumont.sdk.DumontException;
import cloud.dumont.sdk.Problem;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Turns a failed command into one line on standard error and exit code 1: the server's problem detail as it is, with
 * a hint where one helps, then each invalid field of a rejected request on a line of its own ({@code   field:
 * message}). The stack trace only with {@code -v}.
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
        if (e instanceof DumontException d) {
            d.problem().errors().forEach(f -> err.println("  " + f.field() + ": " + f.message()));
        }
        if (root.verbose()) {
            e.printStackTrace(err);
        }
        err.flush();
        return e instanceof CommandLine.ParameterException ? 2 : 1;
    }

    private static String message(Exception e) {
        if (e instanceof DumontException d) {
            return d.problem().errors().isEmpty() ? d.getMessage() : headline(d.problem());
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /**
     * The first line of a refusal whose field errors follow, one per line: the detail without the list of them that
     * some details carry ({@code Template rejected: 2 rule(s) failed}).
     */
    private static String headline(Problem p) {
        String detail = p.detail() == null || p.detail().isBlank() ? p.title() : p.detail();
        if (detail == null) {
            return "HTTP " + p.status();
        }
        Problem.FieldError first = p.errors().getFirst();
        int listed = detail.indexOf(first.field() + ": " + first.message());
        if (listed <= 0) {
            return detail;
        }
        String head = detail.substring(0, listed).replaceAll("[\\s:;,]+$", "");
        return p.title() == null || p.title().isBlank() ? head : p.title() + ": " + head;
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
