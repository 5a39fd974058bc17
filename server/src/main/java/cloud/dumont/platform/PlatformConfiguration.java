package cloud.dumont.platform;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/*
 * The cache advice wraps the transaction advice, so a cache hit returns without opening a transaction (and so
 * without borrowing a database connection) on the hottest read path.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching(order = Ordered.HIGHEST_PRECEDENCE)
@EnableConfigurationProperties(DumontProperties.class)
class PlatformConfiguration {

    /** One clock for the whole server, so tests can drive time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
