package io.onewindow.catalogue.internal;

import io.onewindow.identity.DepartmentView;
import io.onewindow.identity.Departments;
import io.onewindow.kernel.access.Role;
import io.onewindow.kernel.access.UserAccount;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Who may edit which entries: the data bureau (大数据局) every department's; a department administrator
 * those of the departments they administer; nobody else any.
 */
@Component
public class CatalogueAccess {

    private final Departments departments;

    CatalogueAccess(Departments departments) {
        this.departments = departments;
    }

    public EditorScope scopeOf(UserAccount user) {
        if (user.has(Role.DATA_ADMIN)) {
            return EditorScope.EVERY_DEPARTMENT;
        }
        if (!user.has(Role.DEPT_ADMIN) || user.personId() == null) {
            return EditorScope.of(Set.of());
        }
        return EditorScope.of(departments.appointmentsOf(user.personId()).stream()
                .filter(a -> a.roles().contains(Role.DEPT_ADMIN))
                .map(a -> departments.find(a.departmentId()).map(DepartmentView::code).orElse(null))
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet()));
    }

    /** The departments an editor may choose for an entry. */
    public List<DepartmentView> departmentsFor(EditorScope scope) {
        return departments.all().stream().filter(d -> scope.covers(d.code())).toList();
    }
}
