package io.onewindow.benefits.internal;

import io.onewindow.benefits.Audience;
import java.time.Instant;
import java.util.UUID;

/** An offer as its subject and the departments see it, with where its payment stands. */
public record OfferView(UUID id, String policyCode, UUID runId, UUID subjectId, Audience audience, long amountFen, String state,
                        boolean auto, Instant createdAt, Instant decidedAt, UUID disbursementId, String paymentState,
                        Instant paidAt) {

    public boolean open() {
        return "OFFERED".equals(state);
    }
}
