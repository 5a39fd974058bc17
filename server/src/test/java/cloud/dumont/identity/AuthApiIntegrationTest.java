package cloud.dumont.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.dumont.ApiClient;
import cloud.dumont.ApiClient.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AuthApiIntegrationTest {

    static final String ADMIN = "admin@dumont.local";
    static final String ADMIN_PASSWORD = "dumont-admin";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void adminSignsInWithTheDefaultCredentialsAndGetsABearerJwt() {
        Response r =
                api.post("/api/v1/auth/login", "{\"email\":\"" + ADMIN + "\",\"password\":\"" + ADMIN_PASSWORD + "\"}");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("token_type").asString()).isEqualTo("Bearer");
        assertThat(r.json().get("expires_in").asLong()).isPositive();
        String jwt = r.json().get("access_token").asString();
        assertThat(jwt.split("\\.")).hasSize(3);

        JsonNode me = api.get("/api/v1/auth/me", jwt).json();
        assertThat(me.get("email").asString()).isEqualTo(ADMIN);
        assertThat(me.get("role").asString()).isEqualTo("ADMIN");
        assertThat(me.has("password_hash")).isFalse();
        assertThat(api.get("/api/v1/info")
                        .json()
                        .get("default_admin_credentials")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void wrongPasswordIs401ProblemAndUnknownEmailLooksTheSame() {
        Response wrong = api.post("/api/v1/auth/login", "{\"email\":\"" + ADMIN + "\",\"password\":\"nope\"}");
        Response unknown = api.post("/api/v1/auth/login", "{\"email\":\"ghost@x.io\",\"password\":\"nope\"}");

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        assertThat(wrong.json().get("detail").asString()).isEqualTo("Wrong email or password");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.json().get("detail").asString())
                .isEqualTo(wrong.json().get("detail").asString());
    }

    @Test
    void repeatedFailuresAreRateLimitedEvenWithTheRightPasswordAfterwards() {
        String email = signup("victim");
        for (int i = 0; i < 5; i++) {
            assertThat(api.post("/api/v1/auth/login", login(email, "guess-" + i))
                            .status())
                    .isEqualTo(401);
        }

        Response blocked = api.post("/api/v1/auth/login", login(email, "correct horse battery"));

        assertThat(blocked.status()).isEqualTo(429);
        assertThat(blocked.contentType()).startsWith("application/problem+json");
    }

    @Test
    void stateChangingCallsWithoutATokenAre401Problems() {
        Response r = api.post("/api/v1/auth/tokens", "{\"name\":\"cli\"}");

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/v1/auth/me").status()).isEqualTo(401);
        assertThat(api.get("/api/v1/auth/me", "not-a-jwt").status()).isEqualTo(401);
    }

    @Test
    void signupCreatesAUserWhoCanSignIn() {
        String email = signup("newcomer");

        String jwt = api.login(email, "correct horse battery");

        JsonNode me = api.get("/api/v1/auth/me", jwt).json();
        assertThat(me.get("role").asString()).isEqualTo("USER");
        assertThat(me.get("display_name").asString()).isEqualTo("Newcomer");
        assertThat(api.post("/api/v1/auth/signup", signupBody(email)).status()).isEqualTo(409);
    }

    @Test
    void signupRejectsBadInputWithFieldErrorsAndCreatesNothing() {
        Response r = api.post("/api/v1/auth/signup", "{\"email\":\"not-an-email\",\"password\":\"short\"}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("email", "password");
        assertThat(api.post("/api/v1/auth/login", login("not-an-email", "short"))
                        .status())
                .isEqualTo(401);
    }

    @Test
    void personalApiTokenIsShownOnceStoredHashedAndRevocable() throws Exception {
        String jwt = api.login(signup("cli-user"), "correct horse battery");

        Response created = api.post("/api/v1/auth/tokens", "{\"name\":\"laptop\",\"expires_in_days\":30}", jwt);
        assertThat(created.status()).isEqualTo(201);
        String secret = created.json().get("token").asString();
        UUID id = UUID.fromString(created.json().get("id").asString());
        assertThat(secret).startsWith("dmt_").hasSizeGreaterThan(40);

        assertThat(api.get("/api/v1/auth/me", secret).status()).isEqualTo(200);
        JsonNode listed = api.get("/api/v1/auth/tokens", secret).json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("token").isNull()).isTrue();
        assertThat(listed.get(0).get("last_used_at").isNull()).isFalse();
        assertThat(jdbc.queryForList("select token_hash from api_tokens where id = ?", String.class, id))
                .containsExactly(sha256Hex(secret));
        assertThat(api.get("/api/v1/auth/tokens", jwt).body()).doesNotContain(secret);

        assertThat(api.delete("/api/v1/auth/tokens/" + id, jwt).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/auth/me", secret).status()).isEqualTo(401);
    }

    @Test
    void oneUserCannotRevokeAnothersToken() {
        String owner = api.login(signup("owner"), "correct horse battery");
        String other = api.login(signup("other"), "correct horse battery");
        String id = api.post("/api/v1/auth/tokens", "{\"name\":\"mine\"}", owner)
                .json()
                .get("id")
                .asString();

        assertThat(api.delete("/api/v1/auth/tokens/" + id, other).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/auth/tokens", owner).json()).hasSize(1);
    }

    private String signup(String name) {
        String email = name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        Response r = api.post(
                "/api/v1/auth/signup",
                signupBody(email)
                        .replace(
                                "}",
                                ",\"display_name\":\"" + Character.toUpperCase(name.charAt(0)) + name.substring(1)
                                        + "\"}"));
        assertThat(r.status()).isEqualTo(201);
        return email;
    }

    private static String sha256Hex(String s) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    private static String signupBody(String email) {
        return "{\"email\":\"" + email + "\",\"password\":\"correct horse battery\"}";
    }

    private static String login(String email, String password) {
        return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
    }
}
