package io.onewindow.licences;

import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.Trace;
import java.util.Map;
import java.util.UUID;

/** The issuing department revoked, suspended or reinstated a licence, for a reason the holder sees. */
public record LicenceStatusChanged(UUID licenceId, HolderKind holderKind, UUID holderId, LicenceStatus from,
                                   LicenceStatus to, String reason, Trace trace) implements Auditable {

    @Override
    public AuditFacts audit() {
        AuditFacts facts = AuditFacts.of("licences.licence." + switch (to) {
            case REVOKED -> "revoked";
            case SUSPENDED -> "suspended";
            case ACTIVE -> "reinstated";
        }, "licence", licenceId).with(Map.of("from", from.name(), "reason", reason));
        return holderKind == HolderKind.PERSON ? facts.concerning(holderId, "licence-issuance") : facts;
    }
}
