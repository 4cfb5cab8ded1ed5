package io.onewindow.benefits;

import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.Trace;
import java.util.UUID;

/** The treasury's result file said a disbursement was paid or failed; a failure may be retried or reported. */
public record DisbursementSettled(UUID disbursementId, UUID subjectId, Audience audience, String outcome, Trace trace) implements Auditable {

    @Override
    public AuditFacts audit() {
        AuditFacts facts = AuditFacts.of("benefits.disbursement." + outcome.toLowerCase(java.util.Locale.ROOT), "disbursement", disbursementId);
        return audience == Audience.PERSON ? facts.concerning(subjectId, "benefit-eligibility") : facts;
    }
}
