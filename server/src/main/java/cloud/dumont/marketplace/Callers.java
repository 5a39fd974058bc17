package cloud.dumont.marketplace;

import cloud.dumont.identity.CurrentUser;
import cloud.dumont.platform.ProblemException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * The caller of a marketplace endpoint. Every GET under /api/v1/marketplace passes the security filters without a
 * token (browsing is public), so the GETs that are not public check here: 401 without a sign-in, 403 for a user where
 * an admin is needed, in the same problem+json shape as the filters' answers.
 */
final class Callers {

    private Callers() {}

    /** The signed-in caller, or null for an anonymous one. */
    static CurrentUser optional(Authentication auth) {
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return CurrentUser.of(auth);
    }

    static CurrentUser required(Authentication auth) {
        CurrentUser user = optional(auth);
        if (user == null) {
            throw ProblemException.unauthorized(
                    "Sign in first: send 'Authorization: Bearer <token>' from POST /api/v1/auth/login or a personal"
                            + " API token");
        }
        return user;
    }

    static CurrentUser admin(Authentication auth) {
        CurrentUser user = required(auth);
        if (!user.admin()) {
            throw ProblemException.forbidden("Only admins may do this");
        }
        return user;
    }
}
