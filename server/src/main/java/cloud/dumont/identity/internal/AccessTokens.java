package cloud.dumont.identity.internal;

import cloud.dumont.api.identity.AccessToken;
import cloud.dumont.platform.DumontProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/** Issues the signed JWTs that password login answers with. */
@Component
class AccessTokens {

    static final String ISSUER = "dumont";
    static final String ROLES_CLAIM = "roles";

    private final JwtEncoder encoder;
    private final Duration ttl;
    private final Clock clock;

    AccessTokens(JwtEncoder encoder, DumontProperties properties, Clock clock) {
        this.encoder = encoder;
        this.ttl = properties.auth().tokenTtl();
        this.clock = clock;
    }

    AccessToken issue(UserEntity user) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .subject(user.getId().toString())
                .issuedAt(now)
                .expiresAt(now.plus(ttl))
                .claim("email", user.getEmail())
                .claim(ROLES_CLAIM, List.of(user.getRole().name()))
                .build();
        JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).build();
        String token = encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
        return new AccessToken(token, "Bearer", ttl.toSeconds());
    }
}
