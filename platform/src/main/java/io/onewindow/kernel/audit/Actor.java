package io.onewindow.kernel.audit;

import io.onewindow.kernel.access.Role;
import java.io.Serializable;
import java.util.UUID;

/**
 * Who did something: the account, the role they acted in and their department, as recorded in the audit
 * trail. {@link #SYSTEM} stands for the platform itself (scheduled work, seeding, reactions to events).
 */
public record Actor(UUID accountId, String username, String name, Role role, UUID departmentId, String departmentName)
        implements Serializable {

    public static final Actor SYSTEM = new Actor(null, "system", "OneWindow", null, null, null);
}
