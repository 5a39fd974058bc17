package cloud.dumont.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.util.FileSystemUtils;

/** The embedded default: an H2 file in PostgreSQL mode under the data directory. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "dumont.data-dir=target/h2-persistence-it",
            "logging.level.root=warn",
            "spring.datasource.url=jdbc:h2:file:./target/h2-persistence-it/dumont;MODE=PostgreSQL;"
                    + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
        })
class H2FilePersistenceIntegrationTest extends PersistenceContract {

    /** Runs before the Spring context starts, so every run migrates a new database file. */
    @BeforeAll
    static void freshDatabaseFile() throws IOException {
        FileSystemUtils.deleteRecursively(Path.of("target/h2-persistence-it"));
    }

    @Test
    void theDatabaseLivesInAFileUnderTheDataDirectory() {
        assertThat(Files.exists(Path.of("target/h2-persistence-it/dumont.mv.db")))
                .isTrue();
        assertThat(jdbc.queryForObject(
                        "select data_type from information_schema.columns"
                                + " where table_name = 'templates' and column_name = 'ports'",
                        String.class))
                .isEqualToIgnoringCase("json");
    }
}
