package io.onewindow.kernel.access;

import io.onewindow.kernel.audit.Actor;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Who is signed in: the account, the person behind it and the roles that follow from their appointments
 * and enterprises, as identity resolved them. Ask {@link CurrentUser} for the one of this request.
 *
 * @param scopeDivisions the divisions whose matters the user may handle as an officer (the scopes of their
 *                       appointments); empty for someone with no appointment
 * @param assurance      how well the account's holder has been identified (实名认证)
 */
public record UserAccount(UUID accountId, String username, UUID personId, String displayName, Set<Role> roles,
                          List<UUID> departmentIds, String departmentName, List<String> scopeDivisions,
                          Assurance assurance) implements Serializable {

    /** The order in which a person's workbenches are offered; the first one they hold is where they land. */
    private static final List<Role> PRECEDENCE = List.of(Role.ADMIN, Role.DATA_ADMIN, Role.AUDITOR, Role.DEPT_ADMIN,
            Role.OFFICER, Role.ENTERPRISE, Role.CITIZEN);

    public UserAccount {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        departmentIds = List.copyOf(departmentIds);
        scopeDivisions = List.copyOf(scopeDivisions);
    }

    /** Whether the holder has been identified at least this well. */
    public boolean assuredAtLeast(Assurance level) {
        return assurance.compareTo(level) >= 0;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The roles held, in the order workbenches are offered. */
    public List<Role> rolesInOrder() {
        return PRECEDENCE.stream().filter(roles::contains).toList();
    }

    public Role primaryRole() {
        return rolesInOrder().stream().findFirst().orElse(Role.CITIZEN);
    }

    /** How the audit trail names this user: in their highest role, in their first department. */
    public Actor actor() {
        return new Actor(accountId, username, displayName, primaryRole(), departmentIds.isEmpty() ? null : departmentIds.get(0),
                departmentName);
    }
}
