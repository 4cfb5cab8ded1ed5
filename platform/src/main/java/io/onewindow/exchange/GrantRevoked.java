package io.onewindow.exchange;

import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.Trace;
import java.util.Map;
import java.util.UUID;

/** A grant was revoked; the consumer's next query is refused. */
public record GrantRevoked(UUID grantId, String resourceCode, UUID consumerId, String reason, Trace trace) implements Auditable {

    @Override
    public AuditFacts audit() {
        return AuditFacts.of("exchange.grant.revoked", "grant", grantId).with(Map.of("resource", resourceCode, "reason", reason));
    }
}
