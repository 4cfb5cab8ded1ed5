package io.onewindow.audit;

import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.Trace;
import java.util.Map;

/** An auditor searched or exported the private audit records; the search itself is recorded. */
public record AuditTrailSearched(Map<String, Object> filters, int results, boolean export, Trace trace) implements Auditable {

    @Override
    public AuditFacts audit() {
        return AuditFacts.of(export ? "audit.records.exported" : "audit.records.searched", "audit-trail", null)
                .with(Map.of("filters", filters, "results", results));
    }
}
