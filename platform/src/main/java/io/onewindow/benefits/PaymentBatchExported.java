package io.onewindow.benefits;

import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.Trace;
import java.util.Map;
import java.util.UUID;

/** The paying department exported its pending disbursements as a payment file for the treasury. */
public record PaymentBatchExported(UUID batchId, String number, String departmentCode, int lines, long totalFen, Trace trace) implements Auditable {

    @Override
    public AuditFacts audit() {
        return AuditFacts.of("benefits.batch.exported", "payment-batch", batchId).with(Map.of("number", number, "department", departmentCode,
                "lines", lines, "totalFen", totalFen));
    }
}
