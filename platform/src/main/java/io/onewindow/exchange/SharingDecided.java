package io.onewindow.exchange;

import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.Trace;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A sharing request was decided: granted (all or a subset of the items asked, {@code grantId} set), refused
 * with reasons, or escalated to the data bureau. {@code automatic} when the platform granted an
 * unconditional resource on its check, or refused one that is not shared, with no one deciding.
 */
public record SharingDecided(UUID requestId, String resourceCode, UUID consumerId, Outcome outcome, List<String> grantedItems,
                             UUID grantId, String reason, boolean automatic, Trace trace) implements Auditable {

    public enum Outcome { GRANTED, REFUSED, ESCALATED }

    public SharingDecided {
        grantedItems = List.copyOf(grantedItems);
        reason = reason == null ? "" : reason;
    }

    @Override
    public AuditFacts audit() {
        return AuditFacts.of("exchange.request.decided", "sharing-request", requestId)
                .with(Map.of("resource", resourceCode, "outcome", outcome.name(), "items", grantedItems, "automatic", automatic));
    }
}
