package cloud.dumont.identity.internal;

import cloud.dumont.platform.DumontProperties;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import com.nimbusds.jose.proc.SecurityContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * The HMAC key that signs access tokens: {@code DUMONT_JWT_SECRET} when set, otherwise a random key generated once and
 * kept in the database, so tokens survive restarts and every replica accepts every other's.
 */
@Configuration(proxyBeanMethods = false)
class JwtKeys {

    private static final Logger log = LoggerFactory.getLogger(JwtKeys.class);
    private static final String SECRET_NAME = "jwt-hmac-sha256";

    @Bean
    SecretKey jwtSigningKey(DumontProperties properties, ServerSecretRepository secrets, Clock clock) {
        String configured = properties.auth().jwtSecret();
        if (configured != null && !configured.isBlank()) {
            byte[] bytes = configured.getBytes(StandardCharsets.UTF_8);
            if (bytes.length < 32) {
                throw new IllegalStateException("DUMONT_JWT_SECRET must be at least 32 bytes long");
            }
            return new SecretKeySpec(bytes, "HmacSHA256");
        }
        String stored = secrets.findById(SECRET_NAME)
                .map(ServerSecretEntity::getSecret)
                .orElseGet(() -> generate(secrets, clock));
        return new SecretKeySpec(Base64.getDecoder().decode(stored), "HmacSHA256");
    }

    private static String generate(ServerSecretRepository secrets, Clock clock) {
        String secret = Base64.getEncoder().encodeToString(Secrets.randomBytes(32));
        try {
            secrets.saveAndFlush(new ServerSecretEntity(SECRET_NAME, secret, clock.instant()));
            log.info("Generated the access-token signing key and stored it in the database");
            return secret;
        } catch (DataIntegrityViolationException raced) {
            // Another replica stored its key first; use that one.
            return secrets.findById(SECRET_NAME).orElseThrow().getSecret();
        }
    }

    @Bean
    JwtEncoder jwtEncoder(SecretKey jwtSigningKey) {
        return new NimbusJwtEncoder(new ImmutableSecret<SecurityContext>(jwtSigningKey));
    }

    @Bean
    JwtDecoder jwtDecoder(SecretKey jwtSigningKey) {
        return NimbusJwtDecoder.withSecretKey(jwtSigningKey)
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
    }
}
