package io.onewindow.cases;

import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.Trace;
import java.util.Map;
import java.util.UUID;

/** An applicant started an application for an item or a bundle (a draft they can return to). */
public record ApplicationDrafted(UUID applicationId, String code, Applicant applicant, Trace trace) implements Auditable {

    @Override
    public AuditFacts audit() {
        AuditFacts facts = AuditFacts.of("cases.application.drafted", "application", applicationId).with(Map.of("code", code));
        return applicant.kind() == Applicant.SubjectKind.PERSON ? facts.concerning(applicant.subjectId(), "service-application") : facts;
    }
}
