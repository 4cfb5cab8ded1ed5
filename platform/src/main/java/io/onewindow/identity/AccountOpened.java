package io.onewindow.identity;

import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.Trace;
import java.util.Map;
import java.util.UUID;

/** An account was opened, by its owner ({@code selfService}) or by an administrator. */
public record AccountOpened(UUID accountId, String username, UUID personId, boolean selfService, Trace trace) implements Auditable {

    @Override
    public AuditFacts audit() {
        return AuditFacts.of("identity.account.opened", "account", accountId)
                .concerning(personId, selfService ? "sign-up" : "administration").with(Map.of("selfService", selfService));
    }
}
