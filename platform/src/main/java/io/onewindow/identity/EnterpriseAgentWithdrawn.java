package io.onewindow.identity;

import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.Trace;
import java.util.Map;
import java.util.UUID;

/** A legal representative withdrew a person's authorisation to act for their enterprise (撤销经办人授权). */
public record EnterpriseAgentWithdrawn(UUID enterpriseId, UUID agentPersonId, UUID withdrawnBy, Trace trace) implements Auditable {

    @Override
    public AuditFacts audit() {
        return AuditFacts.of("identity.enterprise.agent-withdrawn", "enterprise", enterpriseId)
                .concerning(agentPersonId, "enterprise-authorisation").with(Map.of("withdrawnBy", withdrawnBy.toString()));
    }
}
