package io.onewindow.identity;

import java.time.Instant;
import java.util.UUID;

/** A legal representative authorised a person to act for their enterprise. */
public record EnterpriseAgentAuthorised(UUID enterpriseId, UUID agentPersonId, UUID authorisedBy, Instant at) {
}
