package io.onewindow.identity.internal;

import io.onewindow.kernel.access.Assurance;
import io.onewindow.kernel.access.Role;
import io.onewindow.kernel.access.UserAccount;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Works out what an account may do from who stands behind it; nothing about roles is stored on the account. */
@Component
class RoleResolver {

    private final PersonRepository persons;
    private final OfficerRepository officers;
    private final EnterpriseRepository enterprises;
    private final DepartmentRepository departments;

    RoleResolver(PersonRepository persons, OfficerRepository officers, EnterpriseRepository enterprises,
                 DepartmentRepository departments) {
        this.persons = persons;
        this.officers = officers;
        this.enterprises = enterprises;
        this.departments = departments;
    }

    UserAccount resolve(Account account) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (account.administrator) {
            roles.add(Role.ADMIN);
        }
        Assurance assurance = account.assurance();
        String displayName = account.username;
        List<UUID> departmentIds = List.of();
        List<String> scopes = List.of();
        if (account.personId != null) {
            roles.add(Role.CITIZEN);
            displayName = persons.findById(account.personId).map(p -> p.name).orElse(account.username);
            // Acting for an enterprise or as staff needs a holder whose identity was checked: a self-declared
            // account could otherwise carry the roles of whoever's citizen ID it typed.
            if (assurance.compareTo(Assurance.VERIFIED) >= 0) {
                if (!enterprises.findActingFor(account.personId).isEmpty()) {
                    roles.add(Role.ENTERPRISE);
                }
                List<Officer> appointments = officers.findByPersonIdAndActiveTrue(account.personId);
                appointments.forEach(o -> roles.addAll(o.roles));
                departmentIds = appointments.stream().map(o -> o.departmentId).distinct().toList();
                scopes = appointments.stream().map(o -> o.scopeDivision).distinct().toList();
            }
        }
        String departmentName = departmentIds.isEmpty() ? null
                : departments.findById(departmentIds.get(0)).map(d -> d.name).orElse(null);
        return new UserAccount(account.id, account.username, account.personId, displayName, roles, departmentIds, departmentName,
                scopes, assurance);
    }
}
