package cloud.dumont.sdk;

import cloud.dumont.api.deployment.DeploymentEventResponse;
import cloud.dumont.api.deployment.DeploymentStatus;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A live subscription to one deployment's events (Server-Sent Events), read on its own thread. A dropped connection
 * is opened again with {@code Last-Event-ID}, so no event is missed or repeated; the subscription ends when the
 * deployment is destroyed, when the server refuses it (the error handler gets the problem), or on {@link #close()}.
 */
public final class EventSubscription implements AutoCloseable {

    private static final Duration FIRST_RETRY = Duration.ofMillis(500);
    private static final Duration MAX_RETRY = Duration.ofSeconds(10);

    private final Http http;
    private final UUID deploymentId;
    private final Consumer<DeploymentEventResponse> onEvent;
    private final Consumer<DumontException> onError;
    private final CountDownLatch ended = new CountDownLatch(1);
    private final Thread reader;
    private volatile boolean closed;
    private volatile InputStream current;
    private volatile long lastSeq;

    EventSubscription(
            Http http,
            UUID deploymentId,
            long afterSeq,
            Consumer<DeploymentEventResponse> onEvent,
            Consumer<DumontException> onError) {
        this.http = http;
        this.deploymentId = deploymentId;
        this.lastSeq = afterSeq;
        this.onEvent = onEvent;
        this.onError = onError;
        this.reader = Thread.ofVirtual().name("dumont-events-" + deploymentId).unstarted(this::run);
    }

    EventSubscription start() {
        reader.start();
        return this;
    }

    /** The seq of the last event handed to the listener (the position to resume from). */
    public long lastSeq() {
        return lastSeq;
    }

    /** Waits until the subscription has ended; true if it did within the timeout. */
    public boolean awaitEnd(Duration timeout) throws InterruptedException {
        return ended.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops reading and closes the connection; the listener gets nothing after this returns. */
    @Override
    public void close() {
        closed = true;
        closeQuietly(current);
        reader.interrupt();
    }

    private void run() {
        Duration backoff = FIRST_RETRY;
        try {
            while (!closed) {
                try {
                    if (readOnce()) {
                        return;
                    }
                    backoff = FIRST_RETRY;
                } catch (DumontException e) {
                    if (!e.isConnectionFailure()) {
                        if (!closed) {
                            onError.accept(e);
                        }
                        return;
                    }
                } catch (IOException e) {
                    // the connection broke: open it again below
                }
                if (closed) {
                    return;
                }
                Thread.sleep(backoff.toMillis());
                backoff = backoff.multipliedBy(2).compareTo(MAX_RETRY) > 0 ? MAX_RETRY : backoff.multipliedBy(2);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            ended.countDown();
        }
    }

    /** Reads one connection to its end; true when the deployment's story is over (destroyed). */
    private boolean readOnce() throws IOException {
        HttpResponse<InputStream> response = http.stream(
                "/api/v1/deployments/" + deploymentId + "/events",
                "text/event-stream",
                lastSeq > 0 ? Long.toString(lastSeq) : null);
        current = response.body();
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            SseReader events = new SseReader(lines);
            SseReader.Event event;
            while (!closed && (event = events.next()) != null) {
                DeploymentEventResponse parsed = Http.JSON.readValue(event.data(), DeploymentEventResponse.class);
                lastSeq = parsed.seq();
                onEvent.accept(parsed);
                if ("status".equals(parsed.type()) && parsed.status() == DeploymentStatus.destroyed) {
                    return true;
                }
            }
            return closed;
        } catch (IOException e) {
            if (closed) {
                return true;
            }
            throw e;
        }
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // closing a stream we are abandoning
            }
        }
    }
}
