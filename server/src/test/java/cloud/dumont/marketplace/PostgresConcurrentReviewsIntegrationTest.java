package cloud.dumont.marketplace;

import cloud.dumont.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The concurrent review contract on the real PostgreSQL, in a schema of its own (skipped without PostgreSQL on a
 * developer's machine, a failure in CI). The context closes with the class: left cached, its scheduled tasks would
 * keep querying the schema dropped after it.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "DATABASE_URL=postgresql://postgres@127.0.0.1:5432/test?currentSchema="
                    + PostgresConcurrentReviewsIntegrationTest.SCHEMA,
            "dumont.deployments.loop-enabled=false"
        })
@ActiveProfiles("test")
@DirtiesContext
class PostgresConcurrentReviewsIntegrationTest extends ConcurrentReviewsContract {

    static final String SCHEMA = "dumont_reviews_it";

    @BeforeAll
    static void freshSchema() throws Exception {
        TestServers.recreatePostgresSchema(SCHEMA);
    }

    @AfterAll
    static void dropSchema() throws Exception {
        TestServers.dropPostgresSchema(SCHEMA);
    }
}
