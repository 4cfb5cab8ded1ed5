package io.onewindow.identity.internal;

import io.onewindow.kernel.access.CurrentUser;
import io.onewindow.kernel.access.UserAccount;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal of a password login: the account snapshot plus what Spring Security needs to check the password. */
final class AccountPrincipal implements UserDetails, CredentialsContainer, CurrentUser.Holder {

    private final UserAccount account;
    private final boolean enabled;
    private String passwordHash;

    AccountPrincipal(UserAccount account, String passwordHash, boolean enabled) {
        this.account = account;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
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
