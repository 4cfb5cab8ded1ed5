package io.onewindow.benefits;

import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.Trace;
import java.util.Map;

/** A policy was written or changed; its rules now have this hash. */
public record PolicySaved(String code, String rulesHash, Trace trace) implements Auditable {

    @Override
    public AuditFacts audit() {
        return AuditFacts.of("benefits.policy.saved", "benefit-policy", code).with(Map.of("rulesHash", rulesHash));
    }
}
