package cloud.dumont.deployment;

import cloud.dumont.sim.ManualClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** One manual clock for the server and its in-process simulator, so a test moves both through time at once. */
@TestConfiguration(proxyBeanMethods = false)
public class DrivenClockConfiguration {

    @Bean
    @Primary
    ManualClock drivenClock() {
        return ManualClock.startingAt2026();
    }
}
