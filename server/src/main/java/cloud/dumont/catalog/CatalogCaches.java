package cloud.dumont.catalog;

import cloud.dumont.api.catalog.TemplateResponse;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.cache.autoconfigure.RedisCacheManagerBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.cache.RedisCacheConfiguration;
import org.springframework.data.redis.serializer.JacksonJsonRedisSerializer;
import org.springframework.data.redis.serializer.RedisSerializationContext.SerializationPair;
import tools.jackson.databind.json.JsonMapper;

/**
 * The template caches: one hour, evicted whenever the catalog changes. Caffeine takes them as configured in
 * application.yaml; with {@code REDIS_URL} they live in Redis as JSON of a known type, so every replica can read what
 * another wrote.
 */
public final class CatalogCaches {

    public static final String LISTING = "templates";
    public static final String DETAILS = "template-details";
    static final Duration TTL = Duration.ofHours(1);

    private CatalogCaches() {}

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "spring.cache.type", havingValue = "redis")
    static class RedisCaches {

        @Bean
        RedisCacheManagerBuilderCustomizer catalogRedisCaches(JsonMapper mapper) {
            return builder -> builder.withCacheConfiguration(LISTING, json(mapper, TemplateListing.class))
                    .withCacheConfiguration(DETAILS, json(mapper, TemplateResponse.class));
        }

        private static <T> RedisCacheConfiguration json(JsonMapper mapper, Class<T> type) {
            return RedisCacheConfiguration.defaultCacheConfig()
                    .entryTtl(TTL)
                    .prefixCacheNameWith("dumont:")
                    .serializeValuesWith(
                            SerializationPair.fromSerializer(new JacksonJsonRedisSerializer<>(mapper, type)));
        }
    }
}
