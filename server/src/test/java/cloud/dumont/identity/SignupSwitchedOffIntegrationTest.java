package cloud.dumont.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.dumont.ApiClient;
import cloud.dumont.ApiClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "dumont.signup-enabled=false",
            "dumont.admin.email=ops@example.com",
            "dumont.admin.password=a-long-private-password"
        })
@ActiveProfiles("test")
class SignupSwitchedOffIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void signupIsRefusedWhenSwitchedOff() {
        ApiClient api = new ApiClient(port);

        Response r = api.post(
                "/api/v1/auth/signup", "{\"email\":\"someone@example.com\",\"password\":\"long enough password\"}");

        assertThat(r.status()).isEqualTo(403);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/v1/info").json().get("signup_enabled").asBoolean())
                .isFalse();
    }

    @Test
    void adminComesFromConfigurationAndNoDefaultPasswordWarningIsRaised() {
        ApiClient api = new ApiClient(port);

        assertThat(api.login("ops@example.com", "a-long-private-password")).isNotBlank();
        assertThat(api.post("/api/v1/auth/login", "{\"email\":\"admin@dumont.local\",\"password\":\"dumont-admin\"}")
                        .status())
                .isEqualTo(401);
        assertThat(api.get("/api/v1/info")
                        .json()
                        .get("default_admin_credentials")
                        .asBoolean())
                .isFalse();
    }
}
