package io.onewindow.audit;

import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.Trace;
import java.util.UUID;

/** The data bureau or an auditor closed a citizen's report with a resolution. */
public record DataUseReportResolved(UUID reportId, UUID reporterPerson, Trace trace) implements Auditable {

    @Override
    public AuditFacts audit() {
        return AuditFacts.of("audit.data-use.resolved", "audit-report", reportId).concerning(reporterPerson, "data-use-report");
    }
}
