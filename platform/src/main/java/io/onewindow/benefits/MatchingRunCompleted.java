package io.onewindow.benefits;

import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.Trace;
import java.util.Map;
import java.util.UUID;

/** A matching run ended: how many are eligible, and how that differs from the run before. */
public record MatchingRunCompleted(UUID runId, String policyCode, long eligible, long newlyEligible, long noLongerEligible, Trace trace) implements Auditable {

    @Override
    public AuditFacts audit() {
        return AuditFacts.of("benefits.run.completed", "benefit-run", runId).with(Map.of("policy", policyCode, "eligible", eligible,
                "newlyEligible", newlyEligible, "noLongerEligible", noLongerEligible));
    }
}
