package io.onewindow.benefits;

import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.Trace;
import java.util.Map;
import java.util.UUID;

/** A matching run of a policy over its whole audience began. */
public record MatchingRunStarted(UUID runId, String policyCode, String rulesHash, Trace trace) implements Auditable {

    @Override
    public AuditFacts audit() {
        return AuditFacts.of("benefits.run.started", "benefit-run", runId).with(Map.of("policy", policyCode, "rulesHash", rulesHash));
    }
}
