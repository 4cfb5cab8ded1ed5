package io.onewindow.exchange;

import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.Trace;
import java.util.Map;
import java.util.UUID;

/** A department system was registered to query the exchange with client credentials. */
public record ClientRegistered(String clientId, UUID departmentId, Trace trace) implements Auditable {

    @Override
    public AuditFacts audit() {
        return AuditFacts.of("exchange.client.registered", "exchange-client", clientId).with(Map.of("department", departmentId.toString()));
    }
}
