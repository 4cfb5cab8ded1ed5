package io.onewindow.identity.internal;

import io.onewindow.kernel.access.CurrentUser;
import io.onewindow.kernel.access.UserAccount;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** The principal of a login through the city's OpenID Connect provider, carrying the local account. */
final class AccountOidcUser extends DefaultOidcUser implements CurrentUser.Holder {

    private final UserAccount account;

    AccountOidcUser(OidcUser user, UserAccount account) {
        super(AccountPrincipal.authorities(account), user.getIdToken(), user.getUserInfo(), "sub");
        this.account = account;
    }

    @Override
    public UserAccount account() {
        return account;
    }


    @Override
    public String getName() {
        return account.username();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccountOidcUser that && that.account.equals(account) && super.equals(other);
    }

    @Override
    public int hashCode() {
        return account.hashCode();
    }
}
