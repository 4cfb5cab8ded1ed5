package io.onewindow.licences;

import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.Trace;
import java.util.UUID;

/** The holder withdrew a link to a licence before it expired. */
public record LicenceShareWithdrawn(UUID licenceId, UUID holderPersonId, Trace trace) implements Auditable {

    @Override
    public AuditFacts audit() {
        return AuditFacts.of("licences.share.withdrawn", "licence", licenceId).concerning(holderPersonId, "licence-sharing");
    }
}
