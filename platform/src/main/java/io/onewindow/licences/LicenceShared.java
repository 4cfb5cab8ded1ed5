package io.onewindow.licences;

import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.Trace;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** The holder made a link that shows the licence to whoever has it, until {@code expiresAt}. */
public record LicenceShared(UUID licenceId, UUID holderPersonId, Instant expiresAt, Trace trace) implements Auditable {

    @Override
    public AuditFacts audit() {
        return AuditFacts.of("licences.licence.shared", "licence", licenceId).with(Map.of("expiresAt", expiresAt.toString()))
                .concerning(holderPersonId, "licence-sharing");
    }
}
