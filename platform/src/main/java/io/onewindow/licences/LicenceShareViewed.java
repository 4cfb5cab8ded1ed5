package io.onewindow.licences;

import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.Trace;
import java.util.UUID;

/**
 * Someone opened a link an enterprise's agent shared (an enterprise's licence concerns no person, so this is
 * the record of the view; a person's licence viewed through a link is recorded as an access to their data).
 */
public record LicenceShareViewed(UUID licenceId, UUID enterpriseId, Trace trace) implements Auditable {

    @Override
    public AuditFacts audit() {
        return AuditFacts.of("licences.share.viewed", "licence", licenceId);
    }
}
