package io.onewindow.identity;

import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.Trace;
import java.util.UUID;

/** An officer identified a person or enterprise by their personal code; for a person, a use of their data. */
public record SubjectIdentifiedAtCounter(PersonalCodes.Subject subject, UUID subjectId, Trace trace) implements Auditable {

    @Override
    public AuditFacts audit() {
        AuditFacts facts = AuditFacts.of("identity.counter.identified", subject.name().toLowerCase(java.util.Locale.ROOT), subjectId);
        return subject == PersonalCodes.Subject.PERSON ? facts.concerning(subjectId, "counter-identification") : facts;
    }
}
