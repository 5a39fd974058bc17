package cloud.dumont.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.dumont.api.platform.ServerInfo;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.cache.concurrent.ConcurrentMapCacheManager;
import org.springframework.mock.env.MockEnvironment;

/** What /api/v1/info says about the cloud and whether rented instances can reach this server. */
class ServerInfoControllerTest {

    @Test
    void theSimulatedCloudNeedsNoPublicUrl() {
        ServerInfo info = info(new MockEnvironment().withProperty("dumont.vast.api-key", ""));

        assertThat(info.simulatedCloud()).isTrue();
        assertThat(info.publicUrlMissing())
                .as("simulated instances run on this machine and reach it on loopback")
                .isFalse();
    }

    @Test
    void aRealCloudWithoutPublicUrlIsFlagged() {
        ServerInfo info = info(new MockEnvironment().withProperty("dumont.vast.api-key", "a-real-key"));

        assertThat(info.simulatedCloud()).isFalse();
        assertThat(info.publicUrlMissing()).isTrue();
    }

    @Test
    void aRealCloudWithPublicUrlIsNotFlagged() {
        ServerInfo info = info(new MockEnvironment()
                .withProperty("dumont.vast.api-key", "a-real-key")
                .withProperty("dumont.snapshots.public-url", "https://dumont.example.com"));

        assertThat(info.simulatedCloud()).isFalse();
        assertThat(info.publicUrlMissing()).isFalse();
    }

    private static ServerInfo info(MockEnvironment environment) {
        DumontProperties properties = new DumontProperties(Path.of("data"), true, null, null);
        return new ServerInfoController(
                        properties,
                        () -> false,
                        environment,
                        new ConcurrentMapCacheManager(),
                        new StaticListableBeanFactory()
                                .getBeanProvider(org.springframework.boot.info.BuildProperties.class))
                .info();
    }
}
