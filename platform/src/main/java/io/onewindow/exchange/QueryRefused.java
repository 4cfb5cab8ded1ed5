package io.onewindow.exchange;

import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.Trace;
import java.util.Map;
import java.util.UUID;

/** A department system's query was refused (no grant, expired or revoked grant, item not granted, unknown purpose, over its rate); nothing was served. */
public record QueryRefused(String resourceCode, String clientId, UUID consumerId, String purpose, String reason, Trace trace) implements Auditable {

    @Override
    public AuditFacts audit() {
        return AuditFacts.of("exchange.query.refused", "data-resource", resourceCode).with(Map.of("client", clientId, "purpose", purpose, "reason", reason));
    }
}
