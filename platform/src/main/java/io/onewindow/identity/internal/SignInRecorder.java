package io.onewindow.identity.internal;

import io.onewindow.identity.AccountSignedIn;
import io.onewindow.kernel.access.CurrentUser;
import io.onewindow.kernel.audit.AuditedActions;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Notes each interactive login on the account and publishes it, so the audit trail shows who logged in when. */
@Component
class SignInRecorder {

    private final AccountRepository accounts;
    private final AuditedActions actions;
    private final Clock clock;

    SignInRecorder(AccountRepository accounts, AuditedActions actions, Clock clock) {
        this.accounts = accounts;
        this.actions = actions;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void on(InteractiveAuthenticationSuccessEvent event) {
        CurrentUser.of(event.getAuthentication()).ifPresent(user -> accounts.findById(user.accountId()).ifPresent(account -> {
            account.lastLoginAt = clock.instant();
            accounts.save(account);
            boolean oidc = event.getAuthentication() instanceof OAuth2AuthenticationToken
                    || event.getAuthentication() instanceof OAuth2LoginAuthenticationToken;
            actions.publish(trace -> new AccountSignedIn(account.id, account.username, oidc ? "oidc" : "password", trace));
        }));
    }
}
