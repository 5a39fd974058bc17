package cloud.dumont.deployment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cloud.dumont.api.deployment.DeployRequest;
import cloud.dumont.deployment.DrivenEngineTest;
import cloud.dumont.platform.ProblemException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A change made beside the reconciler (a note, a warm-pool resize or claim) survives the reconciler writing the same
 * row between its read and its write: it is decided again on a fresh copy, and only a row that keeps changing is a
 * 409 that writes nothing.
 */
class FreshChangesIntegrationTest extends DrivenEngineTest {

    @Autowired
    FreshChanges fresh;

    @Test
    void aWriteRacedByTheReconcilerIsDecidedAgainOnAFreshCopy() {
        UUID id = deployed();
        AtomicInteger decisions = new AtomicInteger();

        Optional<DeploymentEntity> written = fresh.apply(id, d -> {
            if (decisions.getAndIncrement() == 0) {
                reconcilerWrites(id);
            }
            d.note("the change", clock.instant());
            return true;
        });

        assertThat(written).isPresent();
        assertThat(decisions).hasValue(2);
        assertThat(messages(id))
                .containsSubsequence("written by the reconciler meanwhile", "the change")
                .filteredOn("the change"::equals)
                .hasSize(1);
    }

    @Test
    void aRowThatKeepsChangingIsAConflictAndNothingIsWritten() {
        UUID id = deployed();
        AtomicInteger decisions = new AtomicInteger();

        ProblemException refused = catchThrowableOfType(
                ProblemException.class,
                () -> fresh.apply(id, d -> {
                    decisions.incrementAndGet();
                    reconcilerWrites(id);
                    d.note("the change", clock.instant());
                    return true;
                }));

        assertThat(refused.getStatusCode().value()).isEqualTo(409);
        assertThat(decisions).hasValue(FreshChanges.ATTEMPTS);
        assertThat(messages(id)).doesNotContain("the change");
    }

    @Test
    void aDeclinedChangeOrAMissingDeploymentWritesNothing() {
        UUID id = deployed();
        int events = messages(id).size();

        assertThat(fresh.apply(id, d -> {
                    d.note("declined", clock.instant());
                    return false;
                }))
                .isEmpty();
        assertThat(fresh.apply(UUID.randomUUID(), d -> true)).isEmpty();
        assertThat(messages(id)).hasSize(events).doesNotContain("declined");
    }

    private UUID deployed() {
        return deployments
                .deploy(user, "jupyter-lab", new DeployRequest(null, null, null, null, null))
                .id();
    }

    /**
     * What the reconciler does to the row meanwhile: a write of its own, moving the row's version on (a note alone
     * changes no column, so it moves nothing).
     */
    private void reconcilerWrites(UUID id) {
        DeploymentEntity other = store.find(id).orElseThrow();
        other.note("written by the reconciler meanwhile", clock.instant());
        Instant next = other.getNextCheckAt();
        other.setNextCheckAt((next == null ? clock.instant() : next).plusSeconds(1));
        store.update(other);
    }
}
