package cloud.dumont.deployment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cloud.dumont.api.deployment.InstanceAttempt;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An attempt is billed as Vast.ai bills: the disk from the order on, the GPU only while the instance runs. */
class AttemptCostTest {

    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

    private static InstanceAttempt ordered(Double storage) {
        // $0.51/h in all: $0.50 GPU, $0.01 disk
        return InstanceAttempt.ordered(1, 7, 70L, 700L, "RTX 4090", "Texas, US", 0.51, storage, T0);
    }

    private static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void aBootThatNeverRunsPaysForItsDiskOnly() {
        InstanceAttempt dead = ordered(0.01).ended("dead", "exited", at(30));

        assertThat(dead.costUsd()).isCloseTo(0.01 * 0.5, within(1e-9));
    }

    @Test
    void theGpuIsBilledFromTheMomentItRuns() {
        InstanceAttempt a = ordered(0.01).running(at(2));

        assertThat(a.costAt(at(62))).isCloseTo(0.01 * 62 / 60 + 0.50, within(1e-9));
        InstanceAttempt ended = a.ended("destroyed", null, at(62));
        assertThat(ended.costUsd()).isCloseTo(0.01 * 62 / 60 + 0.50, within(1e-9));
        assertThat(ended.costAt(at(600))).as("fixed once ended").isEqualTo(ended.costUsd());
    }

    @Test
    void aStoppedStretchPaysForTheDiskAlone() {
        InstanceAttempt a = ordered(0.01)
                .running(at(0))
                .notRunning(at(60)) // stopped after an hour
                .running(at(180)) // started again two hours later
                .ended("destroyed", null, at(240));

        assertThat(a.gpuHours()).isCloseTo(2.0, within(1e-9));
        assertThat(a.costUsd()).isCloseTo(0.01 * 4 + 0.50 * 2, within(1e-9));
    }

    @Test
    void seeingItRunAgainDoesNotRestartItsClock() {
        InstanceAttempt a = ordered(0.01).running(at(0)).running(at(30)).ready(at(31));

        assertThat(a.costAt(at(60))).isCloseTo(0.01 + 0.50, within(1e-9));
    }

    @Test
    void anAttemptRecordedBeforeTheSplitIsBilledInFull() {
        InstanceAttempt legacy = ordered(null).ended("dead", "exited", at(60));

        assertThat(legacy.costUsd()).isCloseTo(0.51, within(1e-9));
    }

    @Test
    void aWindowTakesOnlyTheCostAccruedInsideIt() {
        InstanceAttempt a = ordered(0.01).running(at(0));

        assertThat(a.costBetween(at(60), at(120))).isCloseTo(0.51, within(1e-9));
        assertThat(a.costBetween(at(-600), at(-60))).as("before the order").isZero();
        assertThat(a.costBetween(at(-60), at(90))).isCloseTo(a.costAt(at(90)), within(1e-9));
        assertThat(a.costBetween(at(90), at(30))).as("an empty window").isZero();
    }

    @Test
    void anEndedAttemptCostsNothingAfterItsEndAndItsWindowsAddUp() {
        InstanceAttempt a = ordered(0.01).running(at(0)).ended("destroyed", null, at(120));

        assertThat(a.costBetween(at(120), at(600))).isZero();
        assertThat(a.costBetween(at(0), at(60)) + a.costBetween(at(60), at(600)))
                .isCloseTo(a.costUsd(), within(1e-9));
        assertThat(a.costBetween(at(60), at(600))).isCloseTo(0.51, within(1e-9));
    }

    @Test
    void aStoppedAttemptPaysForItsDiskAloneInALaterWindow() {
        InstanceAttempt stopped = ordered(0.01).running(at(0)).notRunning(at(60));

        assertThat(stopped.costBetween(at(120), at(180))).isCloseTo(0.01, within(1e-9));
        assertThat(stopped.costBetween(at(0), at(180))).isCloseTo(stopped.costAt(at(180)), within(1e-9));
    }

    @Test
    void earlierRunsAreCountedFromTheOrderOn() {
        InstanceAttempt resumed = ordered(0.01)
                .running(at(0))
                .notRunning(at(60)) // one hour run
                .running(at(180)); // running again since

        assertThat(resumed.costBetween(at(0), at(60))).isCloseTo(0.51, within(1e-9));
        assertThat(resumed.costBetween(at(60), at(180))).isCloseTo(0.02, within(1e-9));
        assertThat(resumed.costBetween(at(180), at(240))).isCloseTo(0.51, within(1e-9));
    }

    @Test
    void anAttemptRecordedBeforeTheSplitIsBilledInFullInsideTheWindow() {
        InstanceAttempt legacy = ordered(null).ended("dead", "exited", at(60));

        assertThat(legacy.costBetween(at(30), at(600))).isCloseTo(0.51 / 2, within(1e-9));
    }
}
