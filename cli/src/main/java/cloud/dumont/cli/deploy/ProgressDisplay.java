package cloud.dumont.cli.deploy;

import cloud.dumont.api.deployment.DeploymentEventResponse;
import cloud.dumont.api.deployment.DeploymentStatus;
import cloud.dumont.cli.output.Cells;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A deployment's progress drawn on standard error as a stepper: one finished line per phase with its duration, and a
 * spinner line for the current phase with the elapsed time and the latest message, redrawn in place. It draws only
 * on a terminal; otherwise every method does nothing, so a pipe never receives progress characters.
 */
final class ProgressDisplay implements AutoCloseable {

    private static final String[] SPINNER = {"⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"};
    private static final String CLEAR_LINE = "\r\033[2K";

    private final PrintWriter err;
    private final boolean draw;
    private final Clock clock;
    private final Instant started;
    private ScheduledExecutorService ticker;
    private DeploymentStatus phase;
    private Instant phaseStarted;
    private String message = "";
    private int frame;

    ProgressDisplay(PrintWriter err, boolean draw, Clock clock) {
        this.err = err;
        this.draw = draw;
        this.clock = clock;
        this.started = clock.instant();
        this.phaseStarted = started;
    }

    void start(String title) {
        if (!draw) {
            return;
        }
        err.println(title);
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "dumont-progress");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(this::redraw, 0, 120, TimeUnit.MILLISECONDS);
    }

    /** Takes in one event: a status event ends the current step and starts the next. */
    synchronized void onEvent(DeploymentEventResponse event) {
        if (!draw) {
            return;
        }
        if ("status".equals(event.type()) && event.status() != phase) {
            finishStep(true);
            phase = event.status();
            phaseStarted = clock.instant();
        }
        if (event.message() != null) {
            message = event.message();
        }
        redraw();
    }

    /** Ends the display: the current step is marked done (or failed) and the spinner stops. */
    synchronized void finish(boolean success) {
        if (!draw) {
            return;
        }
        stopTicker();
        finishStep(success);
        phase = null;
        err.println((success ? "✓ " : "✗ ") + "total " + Cells.elapsed(Duration.between(started, clock.instant())));
        err.flush();
    }

    private void finishStep(boolean success) {
        if (phase == null) {
            return;
        }
        String mark = success || phase == DeploymentStatus.running ? "✓" : "✗";
        err.print(CLEAR_LINE);
        err.println(line(mark));
    }

    private synchronized void redraw() {
        if (phase == null) {
            return;
        }
        frame = (frame + 1) % SPINNER.length;
        err.print(CLEAR_LINE + line(SPINNER[frame]));
        err.flush();
    }

    private String line(String mark) {
        String elapsed = Cells.elapsed(Duration.between(phaseStarted, clock.instant()));
        String text = String.format("%s %-12s %6s  %s", mark, phase, elapsed, message);
        return text.length() > 110 ? text.substring(0, 109) + "…" : text;
    }

    private void stopTicker() {
        if (ticker != null) {
            ticker.shutdownNow();
            try {
                ticker.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ticker = null;
        }
    }

    @Override
    public synchronized void close() {
        stopTicker();
    }
}
