package io.onewindow.identity.internal;

import io.onewindow.runtime.NodeCache;
import io.onewindow.runtime.NodeCaches;
import java.io.Serializable;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.relational.core.mapping.event.AfterSaveCallback;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a session must still match to stay valid. A session remembers the account's stamps from when it
 * signed in; changing the password, a reset or disabling the account moves the credentials stamp (every
 * session ends), a change of what the account may do (an appointment, an enterprise, a verification) moves
 * the roles stamp (sessions re-read their roles). Stamps live in the database; each node keeps those it has
 * read until the account's trigger ({@code identity/V5__node_cache_notices.sql}) tells it they changed, so every node
 * sees a change at the next request, and this node forgets an account it changed itself when the change commits.
 */
@Component
class AccountStamps implements AfterSaveCallback<Account> {

    /** Accounts' stamps kept at most, and for how long at most without a notice. */
    static final int KEPT = 50_000;
    static final Duration KEPT_FOR = Duration.ofMinutes(5);

    /** The stamps a session signed in with. */
    record Stamp(int credentials, int roles) implements Serializable {
    }

    /** The account as it is now. */
    record Current(boolean enabled, Stamp stamp, boolean mustChangePassword) {
    }

    private final JdbcClient jdbc;
    private final NodeCache<Current> kept;

    AccountStamps(JdbcClient jdbc, NodeCaches caches) {
        this.jdbc = jdbc;
        this.kept = caches.cache("account-stamps", KEPT, KEPT_FOR);
    }

    /** The account as it is now, as this node keeps it (what a signed-in request is checked against). */
    Optional<Current> current(UUID accountId) {
        return Optional.ofNullable(kept.get(accountId.toString(), () -> read(accountId).orElse(null)));
    }

    /** The account's stamps read from the database (what a session signing in remembers). */
    Stamp of(UUID accountId) {
        return read(accountId).map(Current::stamp).orElse(new Stamp(0, 0));
    }

    /** Ends every session of the account. */
    void credentialsChanged(UUID accountId) {
        jdbc.sql("update identity.account set credentials_version = credentials_version + 1 where id = ?").param(accountId).update();
        kept.evictAfterCommit(accountId.toString());
    }

    /** Makes every session of the person's account re-read what it may do. */
    void rolesChangedOf(UUID personId) {
        jdbc.sql("update identity.account set roles_version = roles_version + 1 where person_id = ? returning id").param(personId)
                .query(UUID.class).list()
                .forEach(accountId -> kept.evictAfterCommit(accountId.toString()));
    }

    void rolesChanged(UUID accountId) {
        jdbc.sql("update identity.account set roles_version = roles_version + 1 where id = ?").param(accountId).update();
        kept.evictAfterCommit(accountId.toString());
    }

    /** An account saved (enabled, disabled, its password changed…) is forgotten on this node when the save commits. */
    @Override
    public Account onAfterSave(Account account) {
        kept.evictAfterCommit(account.id.toString());
        return account;
    }

    private Optional<Current> read(UUID accountId) {
        return jdbc.sql("select enabled, credentials_version, roles_version, must_change_password from identity.account where id = ?")
                .param(accountId)
                .query((rs, i) -> new Current(rs.getBoolean(1), new Stamp(rs.getInt(2), rs.getInt(3)), rs.getBoolean(4)))
                .optional();
    }
}
