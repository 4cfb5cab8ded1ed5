package io.onewindow.licences;

import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.Trace;
import java.util.Map;
import java.util.UUID;

/** A department issued a licence (from a case's approval, an import, or the demo data). */
public record LicenceIssued(UUID licenceId, String identifier, String licenceType, HolderKind holderKind, UUID holderId,
                            UUID departmentId, String source, Trace trace) implements Auditable {

    @Override
    public AuditFacts audit() {
        AuditFacts facts = AuditFacts.of("licences.licence.issued", "licence", licenceId)
                .with(Map.of("identifier", identifier, "type", licenceType, "source", source));
        return holderKind == HolderKind.PERSON ? facts.concerning(holderId, "licence-issuance") : facts;
    }
}
