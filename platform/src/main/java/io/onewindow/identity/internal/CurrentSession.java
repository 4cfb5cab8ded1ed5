package io.onewindow.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Carries the session of a request over a change its own user made: changing one's password ends every
 * other session of the account, but not the one it was changed in.
 */
@Component
public class CurrentSession {

    private final AccountStamps stamps;
    private final AccountRepository accounts;
    private final RoleResolver roles;
    private final HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    CurrentSession(AccountStamps stamps, AccountRepository accounts, RoleResolver roles) {
        this.stamps = stamps;
        this.accounts = accounts;
        this.roles = roles;
    }

    /** Takes on the account's current stamps and roles in this request's session. */
    public void keep(HttpServletRequest request, HttpServletResponse response) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInAccount signedIn)) {
            return;
        }
        Account account = accounts.findById(signedIn.account().accountId()).orElseThrow();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signedIn.refreshed(authentication, roles.resolve(account), stamps.of(account.id)));
        SecurityContextHolder.setContext(context);
        repository.saveContext(context, request, response);
    }
}
