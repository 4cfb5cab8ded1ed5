package io.onewindow.identity.internal;

import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a session must still match to stay valid. A session remembers the account's stamps from when it
 * signed in; changing the password, a reset or disabling the account moves the credentials stamp (every
 * session ends), a change of what the account may do (an appointment, an enterprise, a verification) moves
 * the roles stamp (sessions re-read their roles). Stamps live in the database, so every node sees a change
 * at the next request.
 */
@Component
class AccountStamps {

    /** The stamps a session signed in with. */
    record Stamp(int credentials, int roles) implements Serializable {
    }

    /** The account as it is now. */
    record Current(boolean enabled, Stamp stamp, boolean mustChangePassword) {
    }

    private final JdbcClient jdbc;

    AccountStamps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Current> current(UUID accountId) {
        return jdbc.sql("select enabled, credentials_version, roles_version, must_change_password from identity.account where id = ?")
                .param(accountId)
                .query((rs, i) -> new Current(rs.getBoolean(1), new Stamp(rs.getInt(2), rs.getInt(3)), rs.getBoolean(4)))
                .optional();
    }

    Stamp of(UUID accountId) {
        return current(accountId).map(Current::stamp).orElse(new Stamp(0, 0));
    }

    /** Ends every session of the account. */
    void credentialsChanged(UUID accountId) {
        jdbc.sql("update identity.account set credentials_version = credentials_version + 1 where id = ?").param(accountId).update();
    }

    /** Makes every session of the person's account re-read what it may do. */
    void rolesChangedOf(UUID personId) {
        jdbc.sql("update identity.account set roles_version = roles_version + 1 where person_id = ?").param(personId).update();
    }

    void rolesChanged(UUID accountId) {
        jdbc.sql("update identity.account set roles_version = roles_version + 1 where id = ?").param(accountId).update();
    }
}
