package io.onewindow.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per account and per client address in the database, so that every node of a
 * cluster sees the same counts; too many within the window locks that key for a while.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final IdentitySettings.Login settings;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, IdentitySettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings.login();
        this.clock = clock;
    }

    static String accountKey(String username) {
        return "user:" + username;
    }

    static String addressKey(String address) {
        return "addr:" + address;
    }

    /** How long the key stays locked, or empty if it is not locked. */
    Optional<Duration> lockedFor(String key) {
        Instant now = clock.instant();
        return jdbc.sql("select locked_until from identity.login_failure where throttle_key = ?")
                .param(key)
                .query(Instant.class)
                .optional()
                .filter(until -> until.isAfter(now))
                .map(until -> Duration.between(now, until));
    }

    void recordFailure(String key, int maxFailures) {
        Instant now = clock.instant();
        // One statement, so that concurrent failures on several nodes all count: a failure outside the
        // window starts a new one; reaching the limit sets the lock.
        jdbc.sql("""
                insert into identity.login_failure (throttle_key, failures, window_start, locked_until)
                values (:key, 1, :now, case when 1 >= :max then cast(:lockedUntil as timestamptz) end)
                on conflict (throttle_key) do update set
                    failures = case when login_failure.window_start < :windowStart then 1 else login_failure.failures + 1 end,
                    window_start = case when login_failure.window_start < :windowStart then cast(:now as timestamptz) else login_failure.window_start end,
                    locked_until = case
                        when (case when login_failure.window_start < :windowStart then 1 else login_failure.failures + 1 end) >= :max
                        then cast(:lockedUntil as timestamptz) else login_failure.locked_until end""")
                .param("key", key)
                .param("now", java.sql.Timestamp.from(now))
                .param("max", maxFailures)
                .param("windowStart", java.sql.Timestamp.from(now.minus(settings.window())))
                .param("lockedUntil", java.sql.Timestamp.from(now.plus(settings.lockout())))
                .update();
    }

    void clear(String key) {
        jdbc.sql("delete from identity.login_failure where throttle_key = ?").param(key).update();
    }

    IdentitySettings.Login settings() {
        return settings;
    }
}
