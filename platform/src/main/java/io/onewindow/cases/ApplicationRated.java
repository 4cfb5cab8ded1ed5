package io.onewindow.cases;

import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.Trace;
import java.util.Map;
import java.util.UUID;

/** 好差评: the applicant rated an ended application, once (1 非常不满意 … 5 非常满意). */
public record ApplicationRated(UUID applicationId, int level, Trace trace) implements Auditable {

    @Override
    public AuditFacts audit() {
        return AuditFacts.of("cases.application.rated", "application", applicationId).with(Map.of("level", level));
    }
}
