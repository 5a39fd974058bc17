package cloud.dumont.identity.internal;

import cloud.dumont.identity.Role;
import cloud.dumont.platform.DumontProperties;
import cloud.dumont.platform.SetupWarnings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator from {@code DUMONT_ADMIN_EMAIL}/{@code DUMONT_ADMIN_PASSWORD} when the server has
 * none, and warns loudly, in the log and through {@link SetupWarnings} in the UI, while that account still accepts the
 * documented local-use password.
 */
@Component
class AdminBootstrap implements ApplicationRunner, SetupWarnings {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserRepository users;
    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final DumontProperties.Admin admin;
    private volatile boolean defaultCredentials;

    AdminBootstrap(UserRepository users, Accounts accounts, PasswordEncoder passwords, DumontProperties properties) {
        this.users = users;
        this.accounts = accounts;
        this.passwords = passwords;
        this.admin = properties.admin();
    }

    @Override
    public boolean defaultAdminCredentials() {
        return defaultCredentials;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!users.existsByRole(Role.ADMIN)) {
            accounts.create(admin.email(), admin.password(), "Administrator", Role.ADMIN);
            log.info("Created the administrator account {}", admin.email());
        }
        defaultCredentials = users.findByEmail(Accounts.normalize(admin.email()))
                .filter(u -> u.getRole() == Role.ADMIN)
                .map(u -> passwords.matches(DumontProperties.Admin.DEFAULT_PASSWORD, u.getPasswordHash()))
                .orElse(false);
        if (defaultCredentials) {
            log.warn("The administrator uses the default local password from README. "
                    + "Set DUMONT_ADMIN_EMAIL and DUMONT_ADMIN_PASSWORD before exposing this server.");
        }
    }
}
