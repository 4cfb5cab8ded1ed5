package io.onewindow.kernel.audit;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * Where an event came from: its own identifier (which also names its audit record and receipt), when it
 * happened, who did it and in which request. Every domain event carries one, stamped by
 * {@link AuditedActions} when the action is published.
 */
public record Trace(UUID id, Instant at, Actor actor, String requestId) implements Serializable {

    /** The MDC key under which the web layer puts the request's id. */
    public static final String REQUEST_ID = "requestId";
}
