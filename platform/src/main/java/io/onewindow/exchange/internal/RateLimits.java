package io.onewindow.exchange.internal;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * Each client's queries per minute, counted in fixed one-minute windows on this node (behind a load
 * balancer spreading a client over n nodes, a client gets up to n times its limit; the limit protects the
 * providers' systems, not a quota to bill).
 */
@Component
class RateLimits {

    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    RateLimits(Clock clock) {
        this.clock = clock;
    }

    /** Counts the call; false when the client has already made its limit of calls this minute. */
    boolean admit(String clientId, int perMinute) {
        long minute = clock.millis() / 60_000;
        Window window = windows.compute(clientId, (id, w) -> w == null || w.minute != minute ? new Window(minute) : w);
        return window.calls.incrementAndGet() <= perMinute;
    }

    private static final class Window {
        final long minute;
        final AtomicLong calls = new AtomicLong();

        Window(long minute) {
            this.minute = minute;
        }
    }
}
