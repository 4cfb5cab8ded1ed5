package io.onewindow.licences;

import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.Trace;
import java.util.Map;
import java.util.UUID;

/** With the holder's consent a held licence stood for a material of an application (免提交): one material avoided. */
public record LicenceUsedForMaterial(UUID licenceId, UUID caseId, String materialKey, HolderKind holderKind, UUID holderId,
                                     Trace trace) implements Auditable {

    @Override
    public AuditFacts audit() {
        AuditFacts facts = AuditFacts.of("licences.licence.used", "licence", licenceId)
                .with(Map.of("case", caseId.toString(), "material", materialKey));
        return holderKind == HolderKind.PERSON ? facts.concerning(holderId, "service-application") : facts;
    }
}
