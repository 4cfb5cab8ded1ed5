package io.onewindow.identity.internal;

import io.onewindow.kernel.access.UserAccount;
import java.util.Collection;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal of a password login: the account snapshot plus what Spring Security needs to check the password. */
final class AccountPrincipal implements UserDetails, CredentialsContainer, SignedInAccount {

    private final UserAccount account;
    private final AccountStamps.Stamp stamp;
    private final boolean enabled;
    private String passwordHash;

    AccountPrincipal(UserAccount account, AccountStamps.Stamp stamp, String passwordHash, boolean enabled) {
        this.account = account;
        this.stamp = stamp;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
    }

    @Override
    public AccountStamps.Stamp stamp() {
        return stamp;
    }

    @Override
    public Authentication refreshed(Authentication previous, UserAccount fresh, AccountStamps.Stamp freshStamp) {
        AccountPrincipal principal = new AccountPrincipal(fresh, freshStamp, null, true);
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities(fresh));
        token.setDetails(previous.getDetails());
        return token;
    }

    @Override
    public UserAccount account() {
        return account;
    }


    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities(account);
    }

    static List<GrantedAuthority> authorities(UserAccount account) {
        return account.roles().stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "AccountPrincipal[" + account.username() + "]";
    }
}
