package io.onewindow.purposes;

import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.Trace;
import java.util.Map;

/** The data bureau added a purpose to the list. */
public record PurposeDefined(String code, String legalBasis, Trace trace) implements Auditable {

    @Override
    public AuditFacts audit() {
        return AuditFacts.of("purposes.purpose.defined", "purpose", code).with(Map.of("legalBasis", legalBasis));
    }
}
