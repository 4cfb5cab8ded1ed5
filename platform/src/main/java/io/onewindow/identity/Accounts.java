package io.onewindow.identity;

import io.onewindow.kernel.access.UserAccount;
import io.onewindow.kernel.error.FieldViolation;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Accounts and sign-up. Login itself is Spring Security's, configured in this module. */
public interface Accounts {

    /** A citizen registers themselves; publishes {@link AccountOpened} (and {@link PersonRegistered} if new). */
    UserAccount signUp(CitizenSignUp signUp);

    /**
     * Checks answers to the sign-up questions without storing anything and returns what is wrong with the
     * named fields, so that each question can be answered correctly on its own page.
     */
    List<FieldViolation> checkSignUp(CitizenSignUp answers, Set<String> fields);

    /** An administrator opens an account; publishes {@link AccountOpened}. */
    AccountSummary open(NewAccount account);

    List<AccountSummary> list(String query, int limit);

    Optional<AccountSummary> find(UUID accountId);

    /** Enables or disables login for the account; publishes {@link AccountStatusChanged}. */
    void setEnabled(UUID accountId, boolean enabled);

    /** Lifts a lock that failed logins put on the account. */
    void unlock(UUID accountId);

    void changePassword(UUID accountId, String current, String next, String confirmation);
}
