package cloud.dumont.agent;

import cloud.dumont.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The heartbeat contract on the real PostgreSQL, in a schema of its own (skipped without PostgreSQL on a developer's
 * machine, a failure in CI): its typing of null parameters and its unique-key race differ from H2's.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "DATABASE_URL=postgresql://postgres@127.0.0.1:5432/test?currentSchema="
                    + PostgresAgentReportsIntegrationTest.SCHEMA,
            "dumont.deployments.loop-enabled=false"
        })
@ActiveProfiles("test")
@DirtiesContext
class PostgresAgentReportsIntegrationTest extends AgentReportsContract {

    static final String SCHEMA = "dumont_agent_reports_it";

    @BeforeAll
    static void freshSchema() throws Exception {
        TestServers.recreatePostgresSchema(SCHEMA);
    }

    @AfterAll
    static void dropSchema() throws Exception {
        TestServers.dropPostgresSchema(SCHEMA);
    }
}
