package cloud.dumont.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cloud.dumont.TestServers;
import cloud.dumont.catalog.TemplateCatalog;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cache.CacheManager;
import org.springframework.data.redis.cache.RedisCacheManager;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** With REDIS_URL the template list is cached in the real Redis, for an hour, and evicted when the catalog changes. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "REDIS_URL=" + TestServers.REDIS_URL)
@ActiveProfiles("test")
class RedisCatalogCacheIntegrationTest {

    private static final String LISTING_KEY = "dumont:templates::official";

    @Autowired
    CacheManager cacheManager;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    TemplateCatalog catalog;

    @Autowired
    OfficialCatalogSync sync;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void redisIsThere() {
        TestServers.assumeRedis();
    }

    @BeforeEach
    void emptyCache() {
        Set<String> keys = redis.keys("dumont:template*");
        if (keys != null && !keys.isEmpty()) {
            redis.delete(keys);
        }
    }

    @Test
    void listingIsServedFromRedisUntilTheCatalogChanges() {
        assertThat(cacheManager).isInstanceOf(RedisCacheManager.class);

        assertThat(catalog.search(null, null, null)).hasSize(4);

        // The cache writes to Redis without blocking the request, so the key shows up a moment later.
        await().atMost(Duration.ofSeconds(5)).until(() -> redis.hasKey(LISTING_KEY));
        assertThat(redis.opsForValue().get(LISTING_KEY)).contains("jupyter-lab", "vllm");
        assertThat(redis.getExpire(LISTING_KEY)).isBetween(3500L, 3600L);

        // A change behind the cache's back is not seen: the answer comes from Redis, not the database.
        jdbc.update("update templates set name = 'Renamed' where slug = 'vllm'");
        assertThat(catalog.search(null, null, "openai").getFirst().name()).isEqualTo("vLLM");

        sync.run(new DefaultApplicationArguments());

        await().atMost(Duration.ofSeconds(5)).until(() -> !redis.hasKey(LISTING_KEY));
        assertThat(catalog.search(null, null, "openai").getFirst().name()).isEqualTo("vLLM");
    }

    @Test
    void detailIsCachedAsItsOwnTypeAndReadBack() {
        String guide = catalog.get("jupyter-lab").guideMarkdown();

        await().atMost(Duration.ofSeconds(5)).until(() -> redis.hasKey("dumont:template-details::jupyter-lab"));
        assertThat(catalog.get("jupyter-lab").guideMarkdown()).isEqualTo(guide);
    }
}
