package io.onewindow.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds a signed-in session to the account as it is now, on every request and on every node: a disabled
 * account, a changed or reset password end the session at once; a changed appointment, enterprise or
 * verification re-reads what the account may do; an account that must change its password is sent to do
 * so before anything else. The account is read from the node's cache ({@link AccountStamps}), which forgets it when it changes.
 */
class SessionRevalidation extends OncePerRequestFilter {

    private static final String PASSWORD_PAGE = "/me/password";

    private final AccountStamps stamps;
    private final AccountRepository accounts;
    private final RoleResolver roles;
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    SessionRevalidation(AccountStamps stamps, AccountRepository accounts, RoleResolver roles) {
        this.stamps = stamps;
        this.accounts = accounts;
        this.roles = roles;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        SecurityContext context = SecurityContextHolder.getContext();
        Authentication authentication = context.getAuthentication();
        if (session == null || authentication == null || !(authentication.getPrincipal() instanceof SignedInAccount signedIn)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<AccountStamps.Current> current = stamps.current(signedIn.account().accountId());
        if (current.isEmpty() || !current.get().enabled() || current.get().stamp().credentials() != signedIn.stamp().credentials()) {
            SecurityContextHolder.clearContext();
            session.invalidate();
            chain.doFilter(request, response);
            return;
        }
        if (current.get().stamp().roles() != signedIn.stamp().roles()) {
            Account account = accounts.findById(signedIn.account().accountId()).orElseThrow();
            SecurityContext refreshed = SecurityContextHolder.createEmptyContext();
            refreshed.setAuthentication(signedIn.refreshed(authentication, roles.resolve(account), current.get().stamp()));
            SecurityContextHolder.setContext(refreshed);
            repository.saveContext(refreshed, request, response);
        }
        if (current.get().mustChangePassword() && !mayBeReachedBeforeTheChange(request)) {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE + "?required");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean mayBeReachedBeforeTheChange(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(PASSWORD_PAGE) || path.equals("/logout") || path.startsWith("/css/") || path.startsWith("/js/")
                || path.startsWith("/images/") || path.startsWith("/preferences/") || path.equals("/error");
    }
}
