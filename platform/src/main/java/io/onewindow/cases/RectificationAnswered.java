package io.onewindow.cases;

import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.Trace;
import java.util.Map;
import java.util.UUID;

/** A department answered a poor rating: {@code step} is {@code reply} (整改答复) or {@code follow-up} (回访). */
public record RectificationAnswered(UUID rectificationId, UUID applicationId, String step, Trace trace) implements Auditable {

    @Override
    public AuditFacts audit() {
        return AuditFacts.of("cases.rectification." + step, "rectification", rectificationId)
                .with(Map.of("application", applicationId.toString()));
    }
}
