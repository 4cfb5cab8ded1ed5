package io.onewindow.identity;

import io.onewindow.kernel.access.Assurance;
import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.Trace;
import java.util.Map;
import java.util.UUID;

/**
 * The holder of an account was identified to a higher level (实名认证): by a code sent to the phone the register
 * holds, by the city's identity provider, or in person at a counter ({@code method}: sms, oidc, counter).
 */
public record AccountVerified(UUID accountId, UUID personId, Assurance assurance, String method, Trace trace) implements Auditable {

    @Override
    public AuditFacts audit() {
        AuditFacts facts = AuditFacts.of("identity.account.verified", "account", accountId)
                .with(Map.of("assurance", assurance.name(), "method", method));
        return personId == null ? facts : facts.concerning(personId, "identity-verification");
    }
}
