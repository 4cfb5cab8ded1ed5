package io.onewindow.cases;

import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.Trace;
import java.util.Map;
import java.util.UUID;

/** A case was given to an officer of its department (claimed by them, or assigned or reassigned by the admin). */
public record CaseAssigned(UUID caseId, UUID assigneeId, String assigneeName, Trace trace) implements Auditable {

    @Override
    public AuditFacts audit() {
        return AuditFacts.of("cases.case.assigned", "case", caseId).with(Map.of("assignee", assigneeId.toString()));
    }
}
