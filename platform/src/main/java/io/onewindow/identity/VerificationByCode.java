package io.onewindow.identity;

import io.onewindow.kernel.access.Assurance;
import java.util.UUID;

/**
 * 实名核验 by a six-digit code texted to the phone the population register holds for the account's person: the
 * holder of a self-declared account who can read that phone's messages is raised to {@link Assurance#VERIFIED}.
 * Only a phone a department registered counts; one typed at sign-up proves nothing more than the sign-up did.
 * Codes last the sign-up codes' lifetime, work once, allow five tries, and only so many are sent per account an hour.
 */
public interface VerificationByCode {

    /**
     * Where the account stands: its level, the register's phone masked (138****5678) or null when the register holds
     * none, whether text messages can be sent, and whether a code is waiting to be typed.
     */
    record Offer(Assurance assurance, String maskedPhone, boolean textsAvailable, boolean codeWaiting) {

        public boolean possible() {
            return assurance == Assurance.SELF_DECLARED && maskedPhone != null && textsAvailable;
        }
    }

    Offer offer(UUID accountId);

    /**
     * Texts a new code to the register's phone (an earlier one stops working); returns the phone masked. Refused when
     * the account is already verified, the register holds no phone, no gateway is configured, or too many codes were
     * sent within the hour.
     */
    String send(UUID accountId);

    /**
     * The code typed: the right one raises the account to {@link Assurance#VERIFIED} (publishes {@link AccountVerified},
     * method {@code sms}); a wrong, expired, used-up or never-sent one is refused on the field {@code code}, saying which.
     */
    void confirm(UUID accountId, String code);
}
