package io.onewindow.identity.internal;

import io.onewindow.identity.AccountSignedIn;
import io.onewindow.kernel.access.CurrentUser;
import io.onewindow.kernel.audit.AuditedActions;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Notes each interactive login on the account and publishes it, so the audit trail shows who logged in when. */
@Component
class SignInRecorder {

    private final AccountRepository accounts;
    private final JdbcClient jdbc;
    private final AuditedActions actions;
    private final Clock clock;

    SignInRecorder(AccountRepository accounts, JdbcClient jdbc, AuditedActions actions, Clock clock) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.actions = actions;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void on(InteractiveAuthenticationSuccessEvent event) {
        CurrentUser.of(event.getAuthentication()).ifPresent(user -> accounts.findById(user.accountId()).ifPresent(account -> {
            // The time alone is written, not the account with its version: two sign-ins of one account at once (a double
            // click, a phone and a computer) are two facts to note, not a conflict that fails one of them.
            jdbc.sql("update identity.account set last_login_at = ? where id = ?")
                    .params(Timestamp.from(clock.instant()), account.id).update();
            boolean oidc = event.getAuthentication() instanceof OAuth2AuthenticationToken
                    || event.getAuthentication() instanceof OAuth2LoginAuthenticationToken;
            actions.publish(trace -> new AccountSignedIn(account.id, account.username, oidc ? "oidc" : "password", trace));
        }));
    }
}
