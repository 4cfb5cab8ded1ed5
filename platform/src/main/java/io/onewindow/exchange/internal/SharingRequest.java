package io.onewindow.exchange.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A consumer department's request to share a resource's items, for a purpose, in a scenario, on a legal
 * basis. {@code dueOn} is the last working day for the decision (2 for an automatic check, 10 for the provider,
 * 10 again from an escalation to the data bureau).
 */
public record SharingRequest(UUID id, String resourceCode, UUID consumerId, UUID providerId, String purpose, String scenario,
                             String legalBasis, List<String> items, boolean clearValues, State state, Instant submittedAt,
                             LocalDate dueOn, Instant decidedAt, List<String> grantedItems, String reason) {

    public enum State {
        SUBMITTED, ESCALATED, GRANTED, REFUSED;

        public boolean open() {
            return this == SUBMITTED || this == ESCALATED;
        }

        public String messageKey() {
            return "exchange.request.state." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public SharingRequest {
        items = List.copyOf(items);
        grantedItems = grantedItems == null ? List.of() : List.copyOf(grantedItems);
    }
}
