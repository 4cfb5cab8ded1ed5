package io.onewindow.identity;

import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.Trace;
import java.util.UUID;

/**
 * An administrator enabled or disabled an account or lifted its lock, or its owner changed the password or set,
 * confirmed or removed their e-mail address ({@code email-set}, {@code email-confirmed}, {@code email-removed}; the
 * address itself is not recorded).
 */
public record AccountStatusChanged(UUID accountId, String change, Trace trace) implements Auditable {

    @Override
    public AuditFacts audit() {
        return AuditFacts.of("identity.account." + change, "account", accountId);
    }
}
