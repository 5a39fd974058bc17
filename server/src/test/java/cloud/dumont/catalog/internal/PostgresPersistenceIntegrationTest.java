package cloud.dumont.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.dumont.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The same contract on the real PostgreSQL of the machine, configured the way the seed documents it: a
 * {@code postgresql://user@host/db} DATABASE_URL. Each run gets a fresh schema in the {@code test} database.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "DATABASE_URL=postgresql://postgres@127.0.0.1:5432/test?currentSchema="
                    + PostgresPersistenceIntegrationTest.SCHEMA,
            "logging.level.root=warn"
        })
class PostgresPersistenceIntegrationTest extends PersistenceContract {

    static final String SCHEMA = "dumont_persistence_it";

    @BeforeAll
    static void freshSchema() throws Exception {
        TestServers.recreatePostgresSchema(SCHEMA);
    }

    @AfterAll
    static void dropSchema() throws Exception {
        TestServers.dropPostgresSchema(SCHEMA);
    }

    @Test
    void jsonColumnsAreJsonbOnPostgres() {
        assertThat(jdbc.queryForObject(
                        "select data_type from information_schema.columns where table_schema = ?"
                                + " and table_name = 'templates' and column_name = 'ports'",
                        String.class,
                        SCHEMA))
                .isEqualTo("jsonb");
        assertThat(jdbc.queryForObject("select current_schema()", String.class)).isEqualTo(SCHEMA);
    }
}
