package io.onewindow.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts events per key within a window — failed logins per account and per client address, sign-ups and
 * code entries, reads of personal data per officer — in the database, so that every node of a cluster sees
 * the same counts; reaching the limit locks the key for a while.
 */
@Component
class Throttle {

    /** At most {@code max} events within {@code window}; the one that reaches it locks the key for {@code lockout}. */
    record Limit(int max, Duration window, Duration lockout) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    Throttle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
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
        return jdbc.sql("select locked_until from identity.throttle where throttle_key = ?")
                .param(key)
                .query(Instant.class)
                .optional()
                .filter(until -> until.isAfter(now))
                .map(until -> Duration.between(now, until));
    }

    /** Counts one event; returns the number of events in the current window, this one included. */
    int count(String key, Limit limit) {
        Instant now = clock.instant();
        // One statement, so that concurrent events on several nodes all count: an event outside the window
        // starts a new one; reaching the limit sets the lock.
        return jdbc.sql("""
                insert into identity.throttle (throttle_key, events, window_start, locked_until)
                values (:key, 1, :now, case when 1 >= :max then cast(:lockedUntil as timestamptz) end)
                on conflict (throttle_key) do update set
                    events = case when throttle.window_start < :windowStart then 1 else throttle.events + 1 end,
                    window_start = case when throttle.window_start < :windowStart then cast(:now as timestamptz) else throttle.window_start end,
                    locked_until = case
                        when (case when throttle.window_start < :windowStart then 1 else throttle.events + 1 end) >= :max
                        then cast(:lockedUntil as timestamptz) else throttle.locked_until end
                returning events""")
                .param("key", key)
                .param("now", Timestamp.from(now))
                .param("max", limit.max())
                .param("windowStart", Timestamp.from(now.minus(limit.window())))
                .param("lockedUntil", Timestamp.from(now.plus(limit.lockout())))
                .query(Integer.class)
                .single();
    }

    void clear(String key) {
        jdbc.sql("delete from identity.throttle where throttle_key = ?").param(key).update();
    }
}
