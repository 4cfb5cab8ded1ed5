package io.onewindow.cases;

import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.Trace;
import java.util.Map;
import java.util.UUID;

/**
 * A case moved in its lifecycle: who did what (the {@link CaseAction}), from which state to which, and the
 * reason where the law wants one. Published for every transition after the case was filed; the filing itself is
 * {@link CaseSubmitted}, recorded alike.
 */
public record CaseStateChanged(UUID caseId, UUID applicationId, CaseAction action, CaseState from, CaseState to,
                               String reason, Trace trace) implements Auditable {

    @Override
    public AuditFacts audit() {
        return facts(caseId, action, from, to, reason);
    }

    static AuditFacts facts(UUID caseId, CaseAction action, CaseState from, CaseState to, String reason) {
        Map<String, Object> detail = new java.util.HashMap<>(Map.of("action", action.name(), "to", to.name()));
        if (from != null) {
            detail.put("from", from.name());
        }
        if (reason != null) {
            detail.put("reason", reason);
        }
        return AuditFacts.of("cases.case." + action.slug(), "case", caseId).with(detail);
    }
}
