package io.onewindow.identity.internal;

import java.time.Duration;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password login with throttling: a locked account or client address is refused before the password is
 * even checked (so a correct guess during a lock gains nothing); every wrong password counts against both.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final AccountDetailsService accounts;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle, AccountDetailsService accounts) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String accountKey = LoginThrottle.accountKey(accounts.find(authentication.getName())
                .map(a -> a.username).orElse(String.valueOf(authentication.getName()).strip().toLowerCase(java.util.Locale.ROOT)));
        String addressKey = LoginThrottle.addressKey(address(authentication));
        Optional<Duration> locked = throttle.lockedFor(accountKey).or(() -> throttle.lockedFor(addressKey));
        if (locked.isPresent()) {
            throw new LoginLockedException(locked.get());
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.clear(accountKey);
            return result;
        } catch (BadCredentialsException e) {
            throttle.recordFailure(accountKey, throttle.settings().maxFailures());
            throttle.recordFailure(addressKey, throttle.settings().maxFailuresPerAddress());
            throw e;
        }
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress() : "unknown";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Too many failed logins: says how long the lock lasts. */
    static final class LoginLockedException extends LockedException {
        private final Duration remaining;

        LoginLockedException(Duration remaining) {
            super("locked for " + remaining);
            this.remaining = remaining;
        }

        long minutes() {
            return Math.max(1, (remaining.toSeconds() + 59) / 60);
        }
    }
}
