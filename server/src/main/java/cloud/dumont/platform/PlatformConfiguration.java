package cloud.dumont.platform;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableCaching
@EnableConfigurationProperties(DumontProperties.class)
class PlatformConfiguration {

    /** One clock for the whole server, so tests can drive time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
