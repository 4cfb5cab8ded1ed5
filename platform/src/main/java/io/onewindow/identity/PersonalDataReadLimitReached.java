package io.onewindow.identity;

import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.Trace;
import java.util.Map;
import java.util.UUID;

/** An account read personal data more often within an hour than allowed; further reads are refused and the data bureau alerted. */
public record PersonalDataReadLimitReached(UUID alertId, UUID accountId, int reads, Trace trace) implements Auditable {

    @Override
    public AuditFacts audit() {
        return AuditFacts.of("identity.personal-data.read-limit-reached", "account", accountId)
                .with(Map.of("alert", alertId.toString(), "reads", reads));
    }
}
