package io.onewindow.identity.internal;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * What someone logs in with. The roles are not stored here: they follow from who the account belongs to
 * (a person is a citizen; an appointment makes them an officer; representing an enterprise, an enterprise
 * user), except the installation's administrators.
 */
@Table(schema = "identity", name = "account")
class Account {

    @Id
    UUID id;
    @Version
    Integer version;
    String username;
    String passwordHash;
    UUID personId;
    boolean administrator;
    boolean enabled;
    String oidcIssuer;
    String oidcSubject;
    Instant createdAt;
    Instant lastLoginAt;

    static Account open(String username, String passwordHash, UUID personId, boolean administrator, Instant at) {
        Account account = new Account();
        account.id = UUID.randomUUID();
        account.username = username;
        account.passwordHash = passwordHash;
        account.personId = personId;
        account.administrator = administrator;
        account.enabled = true;
        account.createdAt = at;
        return account;
    }
}
