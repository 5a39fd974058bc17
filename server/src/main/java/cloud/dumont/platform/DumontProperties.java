package cloud.dumont.platform;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Server-wide settings ({@code dumont.*}, fed by the {@code DUMONT_*} environment variables). */
@Validated
@ConfigurationProperties("dumont")
public record DumontProperties(@NotNull Path dataDir, boolean signupEnabled, Admin admin, Auth auth) {

    /** The admin account created on first start. */
    public record Admin(@Email @NotBlank String email, @NotBlank String password) {

        /** The documented local-use password; while it works the UI and the log warn. */
        public static final String DEFAULT_PASSWORD = "dumont-admin";

        @Override
        public String toString() {
            return "Admin[email=" + email + "]";
        }
    }

    /**
     * @param jwtSecret HMAC key for access tokens; when blank one is generated and kept in the database so every
     *     replica and every restart agree on it
     */
    public record Auth(
            @NotNull Duration tokenTtl,
            String jwtSecret,
            @Positive int loginFailuresAllowed,
            @NotNull Duration loginFailureWindow) {

        @Override
        public String toString() {
            return "Auth[tokenTtl=" + tokenTtl + "]";
        }
    }
}
