package cloud.dumont.identity.internal;

import cloud.dumont.api.identity.AccessToken;
import cloud.dumont.api.identity.SignupRequest;
import cloud.dumont.api.identity.UserResponse;
import cloud.dumont.identity.Role;
import cloud.dumont.platform.DumontProperties;
import cloud.dumont.platform.ProblemException;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.SingletonSupplier;

/** Sign-up, password login and the caller's own account. */
@Service
public class Accounts {

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final AccessTokens accessTokens;
    private final LoginThrottle throttle;
    private final DumontProperties properties;
    private final Clock clock;
    /**
     * Compared against when the email is unknown, so a wrong email costs as long as a wrong password. Hashed on first
     * use rather than at start-up, where a BCrypt round would only add to the start time.
     */
    private final SingletonSupplier<String> decoyHash;

    Accounts(
            UserRepository users,
            PasswordEncoder passwords,
            AccessTokens accessTokens,
            LoginThrottle throttle,
            DumontProperties properties,
            Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.accessTokens = accessTokens;
        this.throttle = throttle;
        this.properties = properties;
        this.clock = clock;
        this.decoyHash = SingletonSupplier.of(() -> passwords.encode(Secrets.randomBase62(24)));
    }

    public AccessToken login(String rawEmail, String password, String clientAddress) {
        String email = normalize(rawEmail);
        throttle.checkAllowed(email, clientAddress);
        UserEntity user = users.findByEmail(email).orElse(null);
        boolean matches = passwords.matches(password, user == null ? decoyHash.obtain() : user.getPasswordHash());
        if (user == null || !matches) {
            throttle.failed(email, clientAddress);
            throw new ProblemException(
                    HttpStatus.UNAUTHORIZED, "invalid-credentials", "Sign-in failed", "Wrong email or password");
        }
        throttle.succeeded(email);
        return accessTokens.issue(user);
    }

    @Transactional
    public UserResponse signup(SignupRequest request) {
        if (!properties.signupEnabled()) {
            throw ProblemException.forbidden("Sign-up is switched off on this server; ask an administrator");
        }
        String email = normalize(request.email());
        if (users.findByEmail(email).isPresent()) {
            throw ProblemException.conflict("An account with this email already exists");
        }
        String name = request.displayName() == null || request.displayName().isBlank()
                ? email.substring(0, email.indexOf('@'))
                : request.displayName().trim();
        try {
            UserEntity user = users.saveAndFlush(
                    new UserEntity(email, passwords.encode(request.password()), name, Role.USER, clock.instant()));
            return toResponse(user);
        } catch (DataIntegrityViolationException raced) {
            throw ProblemException.conflict("An account with this email already exists");
        }
    }

    @Transactional(readOnly = true)
    public UserResponse get(UUID id) {
        return users.findById(id)
                .map(Accounts::toResponse)
                .orElseThrow(() -> ProblemException.unauthorized("The account of this token no longer exists"));
    }

    /** Creates an account directly (first-start admin, tests); the password is hashed here. */
    @Transactional
    public UserResponse create(String email, String password, String displayName, Role role) {
        UserEntity user = users.save(
                new UserEntity(normalize(email), passwords.encode(password), displayName, role, clock.instant()));
        return toResponse(user);
    }

    static String normalize(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    static UserResponse toResponse(UserEntity u) {
        return new UserResponse(
                u.getId(), u.getEmail(), u.getDisplayName(), u.getRole().name(), u.getCreatedAt());
    }
}
