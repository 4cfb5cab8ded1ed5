package io.onewindow.identity;

import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.Trace;
import java.util.UUID;

/** A person was added to the register. Carries no personal data; ask {@link People} for it. */
public record PersonRegistered(UUID personId, Trace trace) implements Auditable {

    @Override
    public AuditFacts audit() {
        return AuditFacts.of("identity.person.registered", "person", personId).concerning(personId, "registration");
    }
}
