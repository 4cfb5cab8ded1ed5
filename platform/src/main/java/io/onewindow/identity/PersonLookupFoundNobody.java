package io.onewindow.identity;

import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.Trace;
import java.util.Map;

/**
 * Someone looked a person up by citizen ID, for a stated purpose, and nobody is registered under it. Recorded
 * like a read, so that searching through IDs leaves a trail too; the ID is kept masked.
 */
public record PersonLookupFoundNobody(String maskedCitizenId, String purpose, Trace trace) implements Auditable {

    @Override
    public AuditFacts audit() {
        return new AuditFacts("identity.person.lookup-found-nobody", "citizen-id", maskedCitizenId, null, purpose, Map.of());
    }
}
