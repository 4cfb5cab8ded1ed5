package io.onewindow.benefits;

import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.Trace;
import java.util.Map;
import java.util.UUID;

/** The subject (or someone acting for them) confirmed the offer (意愿确认) or declined it. */
public record OfferDecided(UUID offerId, String policyCode, UUID subjectId, Audience audience, boolean confirmed, Trace trace) implements Auditable {

    @Override
    public AuditFacts audit() {
        AuditFacts facts = AuditFacts.of(confirmed ? "benefits.offer.confirmed" : "benefits.offer.declined", "benefit-offer", offerId)
                .with(Map.of("policy", policyCode));
        return audience == Audience.PERSON ? facts.concerning(subjectId, "benefit-eligibility") : facts;
    }
}
