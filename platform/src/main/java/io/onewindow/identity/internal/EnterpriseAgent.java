package io.onewindow.identity.internal;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/** A person authorised to act for an enterprise (经办人). */
@Table(schema = "identity", name = "enterprise_agent")
record EnterpriseAgent(UUID personId, Instant grantedAt) {
}
