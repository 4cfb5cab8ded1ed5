package io.onewindow.identity;

import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.Trace;
import java.util.Map;
import java.util.UUID;

/** The data bureau looked into an officer's going beyond the hourly limit of personal-data reads, with a note of what it found. */
public record ReadAlertHandled(UUID alertId, UUID officerAccountId, String note, Trace trace) implements Auditable {

    @Override
    public AuditFacts audit() {
        return AuditFacts.of("identity.read-alert.handled", "read-alert", alertId)
                .with(Map.of("officerAccount", officerAccountId.toString(), "note", note));
    }
}
