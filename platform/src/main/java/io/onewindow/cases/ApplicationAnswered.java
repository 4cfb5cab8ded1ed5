package io.onewindow.cases;

import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.Trace;
import java.util.Map;
import java.util.UUID;

/** The applicant answered a question of their draft (the answer itself stays in the case, not in the log). */
public record ApplicationAnswered(UUID applicationId, String question, Trace trace) implements Auditable {

    @Override
    public AuditFacts audit() {
        return AuditFacts.of("cases.application.answered", "application", applicationId).with(Map.of("question", question));
    }
}
