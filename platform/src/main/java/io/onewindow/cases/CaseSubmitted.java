package io.onewindow.cases;

import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.Trace;
import java.util.UUID;

/**
 * A case was filed at its department, one of the cases its application's submission files
 * ({@link ApplicationSubmitted}, which is what listeners hear of). Recorded as the case's first transition, as a
 * {@link CaseStateChanged} would be.
 */
public record CaseSubmitted(UUID caseId, UUID applicationId, Trace trace) implements Auditable {

    @Override
    public AuditFacts audit() {
        return CaseStateChanged.facts(caseId, CaseAction.SUBMIT, CaseState.DRAFT, CaseState.SUBMITTED, null);
    }
}
