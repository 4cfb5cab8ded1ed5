package io.onewindow.exchange;

import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.Trace;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A consumer department applied to share a resource's items for a purpose (its due date counted in working days). */
public record SharingRequested(UUID requestId, String resourceCode, UUID consumerId, UUID providerId, String purpose, List<String> items, Trace trace) implements Auditable {

    @Override
    public AuditFacts audit() {
        return AuditFacts.of("exchange.request.submitted", "sharing-request", requestId).with(Map.of("resource", resourceCode, "purpose", purpose, "items", items));
    }
}
