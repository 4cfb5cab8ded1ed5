package io.onewindow.exchange;

import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.Trace;
import java.util.Map;
import java.util.UUID;

/** Someone flagged a value as wrong (数据纠错); the provider answers by the due date. */
public record CorrectionFlagged(UUID correctionId, String resourceCode, UUID subjectPerson, String item, Trace trace) implements Auditable {

    @Override
    public AuditFacts audit() {
        return AuditFacts.of("exchange.correction.flagged", "correction", correctionId).with(Map.of("resource", resourceCode, "item", item));
    }
}
