package io.onewindow.benefits;

import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.Trace;
import java.util.Map;
import java.util.UUID;

/** A subject found eligible was offered the benefit (confirmed at once when the policy auto-confirms). */
public record OfferMade(UUID offerId, String policyCode, UUID subjectId, Audience audience, long amountFen, boolean confirmed, Trace trace) implements Auditable {

    @Override
    public AuditFacts audit() {
        AuditFacts facts = AuditFacts.of("benefits.offer.made", "benefit-offer", offerId).with(Map.of("policy", policyCode, "amountFen", amountFen,
                "confirmed", confirmed));
        return audience == Audience.PERSON ? facts.concerning(subjectId, "benefit-eligibility") : facts;
    }
}
