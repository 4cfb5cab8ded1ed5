package io.onewindow.benefits;

import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.Trace;
import java.util.Map;

/** A department's facts about subjects were imported for matching. */
public record FactsImported(Audience audience, int rows, Trace trace) implements Auditable {

    @Override
    public AuditFacts audit() {
        return AuditFacts.of("benefits.facts.imported", "benefit-facts", audience.name()).with(Map.of("rows", rows));
    }
}
