package io.onewindow.identity;

import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.Trace;
import java.util.Map;
import java.util.UUID;

/** An enterprise was added to the register. */
public record EnterpriseRegistered(UUID enterpriseId, String uscc, Trace trace) implements Auditable {

    @Override
    public AuditFacts audit() {
        return AuditFacts.of("identity.enterprise.registered", "enterprise", enterpriseId).with(Map.of("uscc", uscc));
    }
}
