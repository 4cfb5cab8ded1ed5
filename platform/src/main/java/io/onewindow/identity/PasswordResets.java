package io.onewindow.identity;

import java.util.UUID;

/**
 * Resetting a forgotten password with a one-time code sent to the mobile number the register holds for the
 * account's verified holder. As with sign-up, the answer never tells whether the account exists or has a
 * verified phone: a code that was never sent fails like a wrong one.
 */
public interface PasswordResets {

    /** Starts a reset for the account signed in with this name or citizen ID; returns the reset's id. Limited per address and per account. */
    UUID start(String login, String clientAddress);

    /** Sets the new password if the code is right; every session of the account ends. Bad input is refused field by field. */
    void complete(UUID reset, String code, String password, String confirmation);
}
