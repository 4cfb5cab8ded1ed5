package io.onewindow.identity.internal;

import io.onewindow.kernel.access.UserAccount;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** The principal of a login through the city's OpenID Connect provider, carrying the local account. */
final class AccountOidcUser extends DefaultOidcUser implements SignedInAccount {

    private final UserAccount account;
    private final AccountStamps.Stamp stamp;

    AccountOidcUser(OidcUser user, UserAccount account, AccountStamps.Stamp stamp) {
        super(AccountPrincipal.authorities(account), user.getIdToken(), user.getUserInfo(), "sub");
        this.account = account;
        this.stamp = stamp;
    }

    @Override
    public AccountStamps.Stamp stamp() {
        return stamp;
    }

    @Override
    public Authentication refreshed(Authentication previous, UserAccount fresh, AccountStamps.Stamp freshStamp) {
        AccountOidcUser user = new AccountOidcUser(this, fresh, freshStamp);
        String registration = previous instanceof OAuth2AuthenticationToken token ? token.getAuthorizedClientRegistrationId() : "city";
        return new OAuth2AuthenticationToken(user, user.getAuthorities(), registration);
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
