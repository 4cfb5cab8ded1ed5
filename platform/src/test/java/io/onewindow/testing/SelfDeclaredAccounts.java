package io.onewindow.testing;

import io.onewindow.identity.AccountSummary;
import io.onewindow.identity.Accounts;
import io.onewindow.identity.NewAccount;
import io.onewindow.identity.PersonView;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Accounts as sign-up leaves them: name and ID typed, never checked (level 1, self-declared). */
public final class SelfDeclaredAccounts {

    private final Accounts accounts;
    private final JdbcClient jdbc;

    public SelfDeclaredAccounts(Accounts accounts, JdbcClient jdbc) {
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    /** A self-declared account for the person; returns its username. */
    public String openFor(PersonView person) {
        String username = "s" + UUID.randomUUID().toString().substring(0, 8);
        AccountSummary account = accounts.open(new NewAccount(username, person.citizenId().value(), "self-declared-2026", false));
        jdbc.sql("update identity.account set assurance_level = 1, assured_by = 'sign-up' where id = :id").param("id", account.id()).update();
        return username;
    }

    /** The id of the person's account. */
    public UUID idOf(PersonView person) {
        return jdbc.sql("select id from identity.account where person_id = :p").param("p", person.id()).query(UUID.class).single();
    }
}
