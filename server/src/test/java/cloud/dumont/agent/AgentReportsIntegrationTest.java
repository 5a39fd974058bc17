package cloud.dumont.agent;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The heartbeat contract on the embedded default database, H2 (the context other plain API tests share). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AgentReportsIntegrationTest extends AgentReportsContract {}
