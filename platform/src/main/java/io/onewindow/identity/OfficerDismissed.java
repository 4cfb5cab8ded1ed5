package io.onewindow.identity;

import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.Trace;
import java.util.Map;
import java.util.UUID;

/** An appointment ended. */
public record OfficerDismissed(UUID officerId, UUID departmentId, Trace trace) implements Auditable {

    @Override
    public AuditFacts audit() {
        return AuditFacts.of("identity.officer.dismissed", "officer", officerId).with(Map.of("department", departmentId.toString()));
    }
}
