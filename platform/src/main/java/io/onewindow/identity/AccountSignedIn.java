package io.onewindow.identity;

import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.Trace;
import java.util.Map;
import java.util.UUID;

/** Someone logged in, with a password or through the city's identity provider ({@code method}). */
public record AccountSignedIn(UUID accountId, String username, String method, Trace trace) implements Auditable {

    @Override
    public AuditFacts audit() {
        return AuditFacts.of("identity.account.signed-in", "account", accountId).with(Map.of("method", method));
    }
}
