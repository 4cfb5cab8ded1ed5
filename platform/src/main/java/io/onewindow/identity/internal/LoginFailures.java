package io.onewindow.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Sends a failed login back to the login page with the reason as a code the page turns into a sentence:
 * wrong credentials (never saying whether the account exists), locked for N minutes, disabled, or refused
 * by the identity provider.
 */
@Component
class LoginFailures implements AuthenticationFailureHandler {

    /** The session attribute holding the user name of a failed login, for the login form to show again. */
    static final String TYPED_USERNAME = "io.onewindow.identity.login.username";

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        String reason;
        if (failure instanceof ThrottledAuthenticationProvider.LoginLockedException locked) {
            reason = "locked&minutes=" + locked.minutes();
        } else if (failure instanceof DisabledException) {
            reason = "disabled";
        } else if (failure instanceof OAuth2AuthenticationException) {
            reason = "provider";
        } else {
            reason = "credentials";
        }
        // The name typed stays in the form (through the session: it may be a citizen ID, which no URL should carry).
        String typed = request.getParameter("username");
        if (typed != null && typed.length() <= 64) {
            request.getSession().setAttribute(TYPED_USERNAME, typed.strip());
        }
        response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
    }
}
