package io.onewindow.cases;

import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.Trace;
import java.util.Map;
import java.util.UUID;

/** An overdue case was escalated (督办) to the department's administrator. */
public record CaseEscalated(UUID caseId, UUID departmentId, Trace trace) implements Auditable {

    @Override
    public AuditFacts audit() {
        return AuditFacts.of("cases.case.escalated", "case", caseId).with(Map.of("department", departmentId.toString()));
    }
}
