package io.onewindow.identity.internal;

import io.onewindow.kernel.access.Assurance;
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
    int assuranceLevel;
    String assuredBy;
    Instant assuredAt;
    boolean mustChangePassword;
    String email;
    Instant emailConfirmedAt;
    String emailLanguage;

    /** Records how well the holder was identified; a lower level never replaces a higher one. */
    void assure(Assurance level, String by, Instant at) {
        if (level.level() > assuranceLevel) {
            assuranceLevel = level.level();
            assuredBy = by;
            assuredAt = at;
        }
    }

    Assurance assurance() {
        return Assurance.ofLevel(assuranceLevel);
    }

    static Account open(String username, String passwordHash, UUID personId, boolean administrator, Instant at) {
        Account account = new Account();
        account.id = UUID.randomUUID();
        account.username = username;
        account.passwordHash = passwordHash;
        account.personId = personId;
        account.administrator = administrator;
        account.enabled = true;
        account.createdAt = at;
        account.assuranceLevel = Assurance.SELF_DECLARED.level();
        return account;
    }
}
