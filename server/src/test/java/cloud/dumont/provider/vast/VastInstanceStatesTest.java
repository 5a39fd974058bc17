package cloud.dumont.provider.vast;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.dumont.provider.InstanceState;
import org.junit.jupiter.api.Test;

class VastInstanceStatesTest {

    private static final String IMAGE = "acme/error-pages:1.0";

    @Test
    void theBootSequence() {
        assertThat(state(null, null)).isEqualTo(InstanceState.CREATING);
        assertThat(state("created", null)).isEqualTo(InstanceState.CREATING);
        assertThat(state("loading", "Pulling image " + IMAGE)).isEqualTo(InstanceState.LOADING);
        assertThat(state("rebooting", null)).isEqualTo(InstanceState.LOADING);
        assertThat(state("running", "success, running acme/error-pages_1.0/ssh"))
                .isEqualTo(InstanceState.RUNNING);
    }

    @Test
    void theImageNameIsNotReadAsAnError() {
        assertThat(VastInstanceStates.failedToStart("Pulling image " + IMAGE, IMAGE))
                .isFalse();
        assertThat(VastInstanceStates.failedToStart("Error response from daemon: pull access denied", IMAGE))
                .isTrue();
    }

    @Test
    void statesThatNeverRun() {
        assertThat(state("created", "...: OCI runtime create failed: ...")).isEqualTo(InstanceState.BROKEN);
        assertThat(state("loading", "manifest unknown")).isEqualTo(InstanceState.BROKEN);
        assertThat(state("exited", null)).isEqualTo(InstanceState.BROKEN);
        assertThat(state("offline", null)).isEqualTo(InstanceState.BROKEN);
        assertThat(state("unknown", null)).isEqualTo(InstanceState.BROKEN);
    }

    @Test
    void stoppedOnesAndOutbidOnes() {
        assertThat(state("stopped", null)).isEqualTo(InstanceState.STOPPED);
        assertThat(state("frozen", null)).isEqualTo(InstanceState.STOPPED);
        assertThat(VastInstanceStates.of("running", "stopped", "stopped", "stopped", null, IMAGE))
                .isEqualTo(InstanceState.STOPPED);
        assertThat(VastInstanceStates.of("running", "running", "stopped", "running", null, IMAGE))
                .isEqualTo(InstanceState.RUNNING);
    }

    @Test
    void vramThresholdLetsUnderReportingCardsThrough() {
        // reported MB of real cards (Vast.ai answers, nvidia-smi): RTX 4090, L40S, Tesla T4, A10
        assertThat(24564).isGreaterThanOrEqualTo(VastOfferQuery.minGpuRamMb(24));
        assertThat(46068).isGreaterThanOrEqualTo(VastOfferQuery.minGpuRamMb(48));
        assertThat(15360).isGreaterThanOrEqualTo(VastOfferQuery.minGpuRamMb(16));
        assertThat(23028).isGreaterThanOrEqualTo(VastOfferQuery.minGpuRamMb(24));
        // ... while the next smaller class stays out: a 22 GB card for 24, an 11 GB 1080 Ti for 12
        assertThat(22528).isLessThan(VastOfferQuery.minGpuRamMb(24));
        assertThat(11264).isLessThan(VastOfferQuery.minGpuRamMb(12));
    }

    private static InstanceState state(String actual, String statusMsg) {
        return VastInstanceStates.of(actual, "running", "running", "running", statusMsg, IMAGE);
    }
}
