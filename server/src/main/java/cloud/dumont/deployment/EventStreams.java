package cloud.dumont.deployment;

import cloud.dumont.api.deployment.DeploymentStatus;
import cloud.dumont.deployment.internal.DeploymentEventEntity;
import cloud.dumont.deployment.internal.DeploymentStore;
import cloud.dumont.deployment.internal.EventSignals;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Streams a deployment's events over SSE, each on its own virtual thread: the stored events after the client's last
 * one first, then new ones as they are committed (woken at once in this process, and by a one-second look at the
 * database for events written by other replicas). A destroyed deployment's stream ends after its last event.
 */
@Component
class EventStreams {

    private static final Duration POLL = Duration.ofSeconds(1);
    private static final Duration HEARTBEAT = Duration.ofSeconds(15);
    private static final Duration MAX_OPEN = Duration.ofMinutes(30);

    private final DeploymentStore store;
    private final EventSignals signals;

    EventStreams(DeploymentStore store, EventSignals signals) {
        this.store = store;
        this.signals = signals;
    }

    SseEmitter open(UUID deploymentId, int afterSeq) {
        SseEmitter emitter = new SseEmitter(MAX_OPEN.toMillis());
        Thread.ofVirtual().name("sse-" + deploymentId).start(() -> pump(emitter, deploymentId, afterSeq));
        return emitter;
    }

    /** A client that has seen everything of a destroyed deployment gets nothing more: end at once. */
    private boolean alreadyOver(UUID deploymentId, int afterSeq) {
        return store.find(deploymentId)
                        .map(d -> d.getStatus() == DeploymentStatus.destroyed)
                        .orElse(false)
                && store.eventsAfter(deploymentId, afterSeq).isEmpty();
    }

    private void pump(SseEmitter emitter, UUID deploymentId, int afterSeq) {
        int last = afterSeq;
        Instant lastSent = Instant.now();
        Instant closeAt = Instant.now().plus(MAX_OPEN).minusSeconds(5);
        try {
            if (alreadyOver(deploymentId, afterSeq)) {
                emitter.complete();
                return;
            }
            while (Instant.now().isBefore(closeAt)) {
                long seen = signals.generation();
                boolean ended = false;
                for (DeploymentEventEntity e : store.eventsAfter(deploymentId, last)) {
                    var event = e.toResponse();
                    emitter.send(SseEmitter.event()
                            .id(Long.toString(event.seq()))
                            .name(event.type())
                            .data(event, MediaType.APPLICATION_JSON));
                    last = e.getSeq();
                    lastSent = Instant.now();
                    ended = event.status() == DeploymentStatus.destroyed && "status".equals(event.type());
                }
                if (ended) {
                    break;
                }
                if (Duration.between(lastSent, Instant.now()).compareTo(HEARTBEAT) >= 0) {
                    emitter.send(SseEmitter.event().comment("keep-alive"));
                    lastSent = Instant.now();
                }
                signals.awaitAfter(seen, POLL);
            }
            emitter.complete();
        } catch (IOException | IllegalStateException e) {
            // The client went away; nothing to clean up beyond this thread.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            emitter.complete();
        }
    }
}
