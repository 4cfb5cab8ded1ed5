package io.onewindow.identity;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The e-mail address an account's holder gives for notifications. A new address is confirmed with a one-time code
 * mailed to it before anything else is sent there. Each change is an audited {@link AccountStatusChanged}.
 */
public interface AccountEmails {

    /** The account's address, confirmed or not; empty when it has none. */
    Optional<AccountEmail> of(UUID accountId);

    /** The address to write to: empty unless the holder confirmed it. */
    default Optional<AccountEmail> confirmed(UUID accountId) {
        return of(accountId).filter(AccountEmail::confirmed);
    }

    /**
     * Sets or replaces the address and mails a code to it, in the language given (zh-CN unless English); the
     * address is unconfirmed until {@link #confirm}. Setting the address already confirmed changes nothing.
     */
    void set(UUID accountId, String address, Locale language);

    /** Confirms the address with the code mailed to it; a wrong, expired or used-up code is refused on the field. */
    void confirm(UUID accountId, String code);

    /** Removes the address: nothing is mailed to it any more. */
    void remove(UUID accountId);

    /** An address, whether it is confirmed, and the language mails to it are written in. */
    record AccountEmail(String address, boolean confirmed, Locale language) {

        /** z***@example.com, for logs and for pages other people see. */
        public String masked() {
            return io.onewindow.kernel.privacy.Masking.email(address);
        }
    }
}
