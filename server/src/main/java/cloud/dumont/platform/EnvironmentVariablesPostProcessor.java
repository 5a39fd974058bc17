package cloud.dumont.platform;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Maps the environment variables the seeds name ({@code DATABASE_URL}, {@code REDIS_URL}, {@code DEBUG}) onto Spring
 * properties. With none of them set, the embedded defaults of application.yaml stay: H2 in a file, Caffeine, and no
 * Redis auto-configuration (so nothing connects to or health-checks a Redis that is not there).
 */
public class EnvironmentVariablesPostProcessor implements EnvironmentPostProcessor, Ordered {

    private static final String REDIS_AUTOCONFIG = "org.springframework.boot.data.redis.autoconfigure.";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> props = new HashMap<>();
        database(environment.getProperty("DATABASE_URL"), props);
        redis(environment.getProperty("REDIS_URL"), props);
        if (Boolean.parseBoolean(environment.getProperty("DEBUG", "false"))) {
            props.put("logging.level.cloud.dumont", "debug");
        }
        environment.getPropertySources().addFirst(new MapPropertySource("dumontEnvironmentVariables", props));
    }

    private static void database(String url, Map<String, Object> props) {
        if (url == null || url.isBlank()) {
            return;
        }
        DatabaseUrl parsed = DatabaseUrl.parse(url.trim());
        props.put("spring.datasource.url", parsed.jdbcUrl());
        if (parsed.username() != null) {
            props.put("spring.datasource.username", parsed.username());
            props.put("spring.datasource.password", parsed.password() == null ? "" : parsed.password());
        }
        if (parsed.postgres()) {
            props.put("spring.flyway.placeholders.json_type", "jsonb");
        }
    }

    private static void redis(String url, Map<String, Object> props) {
        if (url != null && !url.isBlank()) {
            props.put("spring.data.redis.url", url.trim());
            props.put("spring.cache.type", "redis");
            return;
        }
        props.put(
                "spring.autoconfigure.exclude",
                String.join(
                        ",",
                        REDIS_AUTOCONFIG + "DataRedisAutoConfiguration",
                        REDIS_AUTOCONFIG + "DataRedisReactiveAutoConfiguration",
                        REDIS_AUTOCONFIG + "DataRedisRepositoriesAutoConfiguration",
                        REDIS_AUTOCONFIG + "health.DataRedisHealthContributorAutoConfiguration",
                        REDIS_AUTOCONFIG + "health.DataRedisReactiveHealthContributorAutoConfiguration",
                        REDIS_AUTOCONFIG + "observation.LettuceObservationAutoConfiguration"));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
