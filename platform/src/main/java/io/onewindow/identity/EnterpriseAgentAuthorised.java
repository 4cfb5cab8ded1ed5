package io.onewindow.identity;

import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.Trace;
import java.util.Map;
import java.util.UUID;

/** A legal representative authorised a person to act for their enterprise. */
public record EnterpriseAgentAuthorised(UUID enterpriseId, UUID agentPersonId, UUID authorisedBy, Trace trace) implements Auditable {

    @Override
    public AuditFacts audit() {
        return AuditFacts.of("identity.enterprise.agent-authorised", "enterprise", enterpriseId)
                .concerning(agentPersonId, "enterprise-authorisation").with(Map.of("authorisedBy", authorisedBy.toString()));
    }
}
