package io.onewindow.identity.internal;

import io.onewindow.divisions.Divisions;
import io.onewindow.identity.DepartmentFunction;
import io.onewindow.kernel.access.Role;
import io.onewindow.kernel.access.UserAccount;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who may appoint whom (授权管理). Only roles that belong to departments are granted by department
 * administrators, and only below themselves:
 * <ul>
 *   <li>a department administrator grants OFFICER and DEPT_ADMIN in their own department and the departments
 *       under it, with a scope within their own;</li>
 *   <li>DATA_ADMIN is granted only by an administrator of the data bureau, in the data bureau;</li>
 *   <li>AUDITOR only by an administrator of the audit office, in the audit office, or by the installation's
 *       administrator there;</li>
 *   <li>the installation's administrator grants OFFICER and DEPT_ADMIN anywhere (to staff a new department).</li>
 * </ul>
 */
@Component
class GrantingAuthority {

    private final DepartmentRepository departments;
    private final OfficerRepository officers;
    private final Divisions divisions;

    GrantingAuthority(DepartmentRepository departments, OfficerRepository officers, Divisions divisions) {
        this.departments = departments;
        this.officers = officers;
        this.divisions = divisions;
    }

    /** The roles the user may grant in the department; empty when they administer nothing that includes it. */
    Set<Role> grantable(UserAccount granter, Department target) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (granter.has(Role.ADMIN)) {
            roles.add(Role.OFFICER);
            roles.add(Role.DEPT_ADMIN);
            if (target.function == DepartmentFunction.AUDIT_OFFICE) {
                roles.add(Role.AUDITOR);
            }
        }
        for (Officer appointment : administrations(granter)) {
            if (appointment.departmentId.equals(target.id) || isUnder(target, appointment.departmentId)) {
                roles.add(Role.OFFICER);
                roles.add(Role.DEPT_ADMIN);
            }
            if (appointment.departmentId.equals(target.id) && target.function == DepartmentFunction.DATA_BUREAU) {
                roles.add(Role.DATA_ADMIN);
            }
            if (appointment.departmentId.equals(target.id) && target.function == DepartmentFunction.AUDIT_OFFICE) {
                roles.add(Role.AUDITOR);
            }
        }
        return roles;
    }

    /** Whether the user administers the department (or one above it), or is the installation's administrator. */
    boolean administers(UserAccount user, Department target) {
        return user.has(Role.ADMIN) || administrations(user).stream()
                .anyMatch(a -> a.departmentId.equals(target.id) || isUnder(target, a.departmentId));
    }

    /**
     * Whether the scope of a new appointment lies within the granter's own: a department administrator cannot
     * give anyone a wider area than theirs. The installation's administrator is bound only by the department.
     */
    boolean scopeWithin(UserAccount granter, Department target, String scope) {
        if (granter.has(Role.ADMIN)) {
            return true;
        }
        return administrations(granter).stream()
                .filter(a -> a.departmentId.equals(target.id) || isUnder(target, a.departmentId))
                .anyMatch(a -> divisions.within(scope, a.scopeDivision));
    }

    private List<Officer> administrations(UserAccount user) {
        if (user.personId() == null) {
            return List.of();
        }
        return officers.findByPersonIdAndActiveTrue(user.personId()).stream().filter(o -> o.roles.contains(Role.DEPT_ADMIN)).toList();
    }

    private boolean isUnder(Department department, UUID ancestor) {
        UUID parent = department.parentId;
        for (int depth = 0; parent != null && depth < 10; depth++) {
            if (parent.equals(ancestor)) {
                return true;
            }
            Optional<Department> next = departments.findById(parent);
            parent = next.map(d -> d.parentId).orElse(null);
        }
        return false;
    }
}
