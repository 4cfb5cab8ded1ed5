package io.onewindow.identity.internal;

import io.onewindow.kernel.access.CurrentUser;
import io.onewindow.kernel.access.UserAccount;
import org.springframework.security.core.Authentication;

/** A principal this module puts in the security context: the account as resolved at sign-in, and its stamps then. */
interface SignedInAccount extends CurrentUser.Holder {

    AccountStamps.Stamp stamp();

    /** The same sign-in with the account as it is now. */
    Authentication refreshed(Authentication previous, UserAccount account, AccountStamps.Stamp stamp);
}
