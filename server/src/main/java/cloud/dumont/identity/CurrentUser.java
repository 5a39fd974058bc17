package cloud.dumont.identity;

import java.util.UUID;
import org.springframework.security.core.Authentication;

/**
 * The caller as other features see it, whether they signed in with a JWT or a personal API token: both carry the user
 * id as the authentication's name.
 */
public record CurrentUser(UUID id, boolean admin) {

    public static CurrentUser of(Authentication authentication) {
        boolean admin =
                authentication.getAuthorities().stream().anyMatch(a -> ("ROLE_" + Role.ADMIN).equals(a.getAuthority()));
        return new CurrentUser(UUID.fromString(authentication.getName()), admin);
    }
}
