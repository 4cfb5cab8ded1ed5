package io.onewindow.identity.internal;

import io.onewindow.identity.AccountOpened;
import io.onewindow.kernel.audit.AuditedActions;
import io.onewindow.kernel.error.Violations;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The installation's first administrator, as operators know it from Keycloak: when
 * {@code onewindow.bootstrap.admin-username} and {@code -password} are set and no administrator exists, one
 * is created at start, who must set a new password at first sign-in. Once an administrator exists the
 * settings are refused (logged, nothing created): remove them after the first start.
 */
@Component
@Order(10)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final long LOCK = 0x6f77_6669_7273_7461L;

    /**
     * {@code onewindow.bootstrap.*}.
     *
     * @param adminUsername the first administrator's user name
     * @param adminPassword their temporary password (at least 8 characters, letters and digits)
     */
    @ConfigurationProperties("onewindow.bootstrap")
    record Settings(String adminUsername, String adminPassword) {
    }

    private final Settings settings;
    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final AuditedActions actions;
    private final JdbcClient jdbc;
    private final Clock clock;

    FirstAdministrator(Settings settings, AccountRepository accounts, PasswordEncoder passwords, AuditedActions actions,
                       JdbcClient jdbc, Clock clock) {
        this.settings = settings;
        this.accounts = accounts;
        this.passwords = passwords;
        this.actions = actions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (settings.adminUsername() == null || settings.adminUsername().isBlank()) {
            return;
        }
        // Nodes starting at once take turns; the later ones find the administrator.
        jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query(Object.class).single();
        if (jdbc.sql("select count(*) from identity.account where administrator").query(Long.class).single() > 0) {
            log.warn("onewindow.bootstrap.admin-username is set, but an administrator exists already: nothing was created. "
                    + "Remove ONEWINDOW_BOOTSTRAP_ADMINUSERNAME and ONEWINDOW_BOOTSTRAP_ADMINPASSWORD.");
            return;
        }
        String username = settings.adminUsername().strip().toLowerCase(java.util.Locale.ROOT);
        Violations violations = new Violations();
        String password = PasswordRules.check(violations, settings.adminPassword(), settings.adminPassword(), username);
        if (!violations.isEmpty() || !username.matches("[a-z][a-z0-9._-]{2,31}")) {
            throw new IllegalStateException("onewindow.bootstrap.admin-username must be 3 to 32 lower-case letters, digits and ._- "
                    + "starting with a letter, and onewindow.bootstrap.admin-password at least 8 characters with letters and digits, "
                    + "not containing the user name");
        }
        Account admin = Account.open(username, passwords.encode(password), null, true, clock.instant());
        admin.mustChangePassword = true;
        Account saved = accounts.save(admin);
        actions.publish(trace -> new AccountOpened(saved.id, saved.username, null, false, trace));
        log.info("Created the first administrator '{}'; they must set a new password at first sign-in", username);
    }
}
