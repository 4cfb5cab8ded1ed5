package io.onewindow.exchange;

import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.Trace;
import java.util.Map;
import java.util.UUID;

/** The provider answered a flagged value: corrected (the old value kept as a version) or not, with its reason. */
public record CorrectionAnswered(UUID correctionId, String resourceCode, UUID subjectPerson, boolean accepted, Trace trace) implements Auditable {

    @Override
    public AuditFacts audit() {
        return AuditFacts.of("exchange.correction.answered", "correction", correctionId).with(Map.of("resource", resourceCode, "accepted", accepted));
    }
}
