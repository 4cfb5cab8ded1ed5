package io.onewindow.kernel.access;

import io.onewindow.kernel.audit.Actor;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The one way to ask who is signed in: whatever the login method (password, the city's identity
 * provider), the principal identity puts in the security context holds a {@link UserAccount}.
 */
public final class CurrentUser {

    private CurrentUser() {
    }

    /** The signed-in user of this request, if any. */
    public static Optional<UserAccount> get() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    public static Optional<UserAccount> of(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof Holder holder) {
            return Optional.of(holder.account());
        }
        return Optional.empty();
    }

    /** The signed-in user; for handlers that only signed-in users reach. */
    public static UserAccount require() {
        return get().orElseThrow(() -> new IllegalStateException("Nobody is signed in on this request"));
    }

    /** Who the audit trail names for what happens now: the signed-in user, or the platform itself. */
    public static Actor actor() {
        return get().map(UserAccount::actor).orElse(Actor.SYSTEM);
    }

    /** Implemented by every principal that stands for a signed-in user. */
    public interface Holder {
        UserAccount account();
    }
}
