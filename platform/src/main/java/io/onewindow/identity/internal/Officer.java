package io.onewindow.identity.internal;

import io.onewindow.kernel.access.Role;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A person working in a department, with the roles they hold there and the area they may act on. */
@Table(schema = "identity", name = "officer")
class Officer {

    /** The roles an officer appointment can carry; CITIZEN, ENTERPRISE and ADMIN come from elsewhere. */
    static final Set<Role> APPOINTABLE = EnumSet.of(Role.OFFICER, Role.DEPT_ADMIN, Role.DATA_ADMIN, Role.AUDITOR);

    @Id
    UUID id;
    @Version
    Integer version;
    UUID personId;
    UUID departmentId;
    String title;
    Set<Role> roles;
    String scopeDivision;
    boolean active;
    Instant createdAt;

    static Officer appoint(UUID personId, UUID departmentId, String title, Set<Role> roles, String scopeDivision, Instant at) {
        Officer officer = new Officer();
        officer.id = UUID.randomUUID();
        officer.personId = personId;
        officer.departmentId = departmentId;
        officer.title = title;
        officer.roles = EnumSet.copyOf(roles);
        officer.scopeDivision = scopeDivision;
        officer.active = true;
        officer.createdAt = at;
        return officer;
    }

    /** Renews an ended appointment in the same department rather than keeping two rows for one person. */
    Officer reappoint(String title, Set<Role> roles, String scopeDivision) {
        this.title = title;
        this.roles = EnumSet.copyOf(roles);
        this.scopeDivision = scopeDivision;
        this.active = true;
        return this;
    }
}
