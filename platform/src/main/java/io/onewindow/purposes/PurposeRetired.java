package io.onewindow.purposes;

import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.Trace;

/** The data bureau took a purpose off the list; reads can no longer state it. */
public record PurposeRetired(String code, Trace trace) implements Auditable {

    @Override
    public AuditFacts audit() {
        return AuditFacts.of("purposes.purpose.retired", "purpose", code);
    }
}
