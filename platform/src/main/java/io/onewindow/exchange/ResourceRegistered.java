package io.onewindow.exchange;

import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.Trace;
import java.util.UUID;

/** A data resource entered the catalogue. */
public record ResourceRegistered(String code, UUID providerId, Trace trace) implements Auditable {

    @Override
    public AuditFacts audit() {
        return AuditFacts.of("exchange.resource.registered", "data-resource", code);
    }
}
