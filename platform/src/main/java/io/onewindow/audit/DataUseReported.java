package io.onewindow.audit;

import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.Trace;
import java.util.Map;
import java.util.UUID;

/** A citizen reported a use of their data as suspicious; the data bureau looks into it. */
public record DataUseReported(UUID reportId, UUID recordId, UUID reporterPerson, Trace trace) implements Auditable {

    @Override
    public AuditFacts audit() {
        return AuditFacts.of("audit.data-use.reported", "audit-report", reportId)
                .concerning(reporterPerson, "data-use-report")
                .with(Map.of("record", recordId.toString()));
    }
}
