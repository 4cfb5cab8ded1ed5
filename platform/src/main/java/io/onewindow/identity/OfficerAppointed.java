package io.onewindow.identity;

import io.onewindow.kernel.access.Role;
import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.Trace;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A person was appointed to a department with these roles. */
public record OfficerAppointed(UUID officerId, UUID personId, UUID departmentId, Set<Role> roles, Trace trace) implements Auditable {

    @Override
    public AuditFacts audit() {
        return AuditFacts.of("identity.officer.appointed", "officer", officerId)
                .concerning(personId, "appointment")
                .with(Map.of("department", departmentId.toString(), "roles", roles.stream().map(Role::name).sorted().toList()));
    }
}
