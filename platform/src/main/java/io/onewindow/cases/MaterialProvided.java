package io.onewindow.cases;

import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.Trace;
import java.util.Map;
import java.util.UUID;

/**
 * A material was provided for an application: uploaded ({@code source} null) or attached by a source on the
 * platform with the applicant's consent.
 */
public record MaterialProvided(UUID applicationId, String materialKey, String source, Trace trace) implements Auditable {

    @Override
    public AuditFacts audit() {
        return AuditFacts.of("cases.material.provided", "application", applicationId)
                .with(Map.of("material", materialKey, "source", source == null ? "upload" : source));
    }
}
