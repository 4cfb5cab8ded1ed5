package io.onewindow.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import io.onewindow.kernel.audit.AuditedActions;

/** The bootstrap settings create the installation's first administrator once: never a second one. */
@SpringBootTest
class FirstAdministratorTests {

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    AuditedActions actions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void bootstrapSettingsLeftInPlaceCreateNobodyOnceAnAdministratorExists() {
        long administrators = jdbc.sql("select count(*) from identity.account where administrator").query(Long.class).single();
        assertThat(administrators).as("dev mode's admin").isPositive();

        new FirstAdministrator(new FirstAdministrator.Settings("second.admin", "second-admin-2026"), accounts, passwords, actions, jdbc, clock)
                .run(new DefaultApplicationArguments());

        assertThat(accounts.findByUsername("second.admin")).isEmpty();
        assertThat(jdbc.sql("select count(*) from identity.account where administrator").query(Long.class).single())
                .isEqualTo(administrators);
    }
}
