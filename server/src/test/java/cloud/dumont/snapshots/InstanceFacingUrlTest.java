package cloud.dumont.snapshots;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.dumont.snapshots.internal.SnapshotProperties;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.util.unit.DataSize;

/** Where instances reach this server, and the start-up warning when real instances cannot. */
@ExtendWith(OutputCaptureExtension.class)
class InstanceFacingUrlTest {

    @Test
    void theConfiguredUrlIsUsedWithoutItsTrailingSlash() {
        InstanceFacingUrl url = new InstanceFacingUrl(properties("https://dumont.example.com/"), new MockEnvironment());

        assertThat(url.get()).isEqualTo("https://dumont.example.com");
    }

    @Test
    void withoutOneInstancesAreSentToThisProcessOnLoopback() {
        InstanceFacingUrl url =
                new InstanceFacingUrl(properties(""), new MockEnvironment().withProperty("local.server.port", "43123"));

        assertThat(url.get()).isEqualTo("http://127.0.0.1:43123");
    }

    @Test
    void aRealCloudWithoutPublicUrlIsWarnedAboutAtStartUp(CapturedOutput output) {
        new InstanceFacingUrl(properties(""), new MockEnvironment().withProperty("dumont.vast.api-key", "real-key"))
                .warnWhenRealInstancesCannotReachUs();

        assertThat(output.getOut())
                .contains("DUMONT_PUBLIC_URL is not set: Vast.ai instances cannot reach this server")
                .doesNotContain("real-key");
    }

    @Test
    void theSimulatedCloudOrASetUrlIsNotWarnedAbout(CapturedOutput output) {
        new InstanceFacingUrl(properties(""), new MockEnvironment().withProperty("dumont.vast.api-key", ""))
                .warnWhenRealInstancesCannotReachUs();
        new InstanceFacingUrl(
                        properties("https://dumont.example.com"),
                        new MockEnvironment().withProperty("dumont.vast.api-key", "real-key"))
                .warnWhenRealInstancesCannotReachUs();

        assertThat(output.getOut()).doesNotContain("DUMONT_PUBLIC_URL");
    }

    private static SnapshotProperties properties(String publicUrl) {
        return new SnapshotProperties(3, Duration.ofMinutes(15), DataSize.ofMegabytes(64), publicUrl, null);
    }
}
