package io.onewindow.cases;

import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.Trace;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An applicant submitted an application: one case was filed at each member item's department (each case's own
 * filing is a {@link CaseSubmitted} of its own). The applicant is told once for the whole application.
 */
public record ApplicationSubmitted(UUID applicationId, String code, Applicant applicant, List<UUID> caseIds, Trace trace)
        implements Auditable {

    public ApplicationSubmitted {
        caseIds = List.copyOf(caseIds);
    }

    @Override
    public AuditFacts audit() {
        AuditFacts facts = AuditFacts.of("cases.application.submitted", "application", applicationId)
                .with(Map.of("code", code, "cases", caseIds.stream().map(UUID::toString).toList()));
        return applicant.kind() == Applicant.SubjectKind.PERSON ? facts.concerning(applicant.subjectId(), "service-application") : facts;
    }
}
