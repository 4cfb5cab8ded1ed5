package io.onewindow.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Accounts and their administration. Sign-up is {@link SignUps}; login itself is Spring Security's, configured in this module. */
public interface Accounts {

    /** An administrator opens an account; publishes {@link AccountOpened}. */
    AccountSummary open(NewAccount account);

    List<AccountSummary> list(String query, int limit);

    Optional<AccountSummary> find(UUID accountId);

    /** Enables or disables login for the account; publishes {@link AccountStatusChanged}. */
    void setEnabled(UUID accountId, boolean enabled);

    /** Lifts a lock that failed logins put on the account. */
    void unlock(UUID accountId);

    /** The holder changes their password; every other session of the account ends. */
    void changePassword(UUID accountId, String current, String next, String confirmation);

    /**
     * An administrator resets the password: returns a temporary one to hand over, which must be changed at the
     * next sign-in; every session of the account ends.
     */
    String resetPassword(UUID accountId);

    /**
     * For an officer at a counter: the account of the person with this citizen ID, read for the purpose of
     * verifying its holder (recorded, within the officer's area); empty if they have none.
     */
    Optional<AccountSummary> forInPersonVerification(String citizenId);

    /** The officer compared the holder with their identity card: the account is verified in person (实人核验). */
    void verifyInPerson(UUID accountId);
}
