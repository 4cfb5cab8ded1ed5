package io.onewindow.kernel.audit;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.MDC;

/**
 * Where an event came from: its own identifier (which also names its audit record and receipt), when it
 * happened, who did it and in which request. Every domain event carries one.
 */
public record Trace(UUID id, Instant at, Actor actor, String requestId) implements Serializable {

    /** The MDC key under which the web layer puts the request's id. */
    public static final String REQUEST_ID = "requestId";

    /** A trace for something happening now, done by the current user in the current request. */
    public static Trace now(Clock clock) {
        return new Trace(UUID.randomUUID(), clock.instant(), Actor.current(), MDC.get(REQUEST_ID));
    }

    /** A trace for something the platform does by itself. */
    public static Trace system(Clock clock) {
        return new Trace(UUID.randomUUID(), clock.instant(), Actor.SYSTEM, MDC.get(REQUEST_ID));
    }
}
