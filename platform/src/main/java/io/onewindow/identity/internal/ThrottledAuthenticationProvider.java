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
    private final Throttle throttle;
    private final AccountDetailsService accounts;
    private final Throttle.Limit perAccount;
    private final Throttle.Limit perAddress;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, Throttle throttle, AccountDetailsService accounts,
                                    IdentitySettings.Login settings) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.accounts = accounts;
        this.perAccount = new Throttle.Limit(settings.maxFailures(), settings.window(), settings.lockout());
        this.perAddress = new Throttle.Limit(settings.maxFailuresPerAddress(), settings.window(), settings.lockout());
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String accountKey = Throttle.accountKey(accounts.find(authentication.getName())
                .map(a -> a.username).orElse(String.valueOf(authentication.getName()).strip().toLowerCase(java.util.Locale.ROOT)));
        String addressKey = Throttle.addressKey(address(authentication));
        Optional<Duration> locked = throttle.lockedFor(accountKey).or(() -> throttle.lockedFor(addressKey));
        if (locked.isPresent()) {
            throw new LoginLockedException(locked.get());
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.clear(accountKey);
            return result;
        } catch (BadCredentialsException e) {
            throttle.count(accountKey, perAccount);
            throttle.count(addressKey, perAddress);
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
