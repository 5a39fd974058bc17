package cloud.dumont.identity.internal;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

/** Authenticates a personal API token: the caller becomes the token's owner, with the owner's current role. */
class ApiTokenAuthenticationManager {

    private final ApiTokens tokens;
    private final UserRepository users;

    ApiTokenAuthenticationManager(ApiTokens tokens, UserRepository users) {
        this.tokens = tokens;
        this.users = users;
    }

    Authentication authenticate(Authentication authentication) {
        String presented = ((BearerTokenAuthenticationToken) authentication).getToken();
        UserEntity user = tokens.authenticate(presented)
                .flatMap(users::findById)
                .orElseThrow(() -> new BadCredentialsException("Unknown, revoked or expired API token"));
        return new ApiTokenAuthentication(user);
    }

    /** The authentication of a request made with a personal API token; its name is the user id. */
    static final class ApiTokenAuthentication extends AbstractAuthenticationToken {
        private final String userId;

        ApiTokenAuthentication(UserEntity user) {
            super(List.of(new SimpleGrantedAuthority("ROLE_" + user.getRole().name())));
            this.userId = user.getId().toString();
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return null;
        }

        @Override
        public Object getPrincipal() {
            return userId;
        }

        @Override
        public String getName() {
            return userId;
        }
    }
}
