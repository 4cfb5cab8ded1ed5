package io.onewindow.identity;

import io.onewindow.kernel.access.Role;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The register of government departments and the officers who work in them. */
public interface Departments {

    DepartmentView establish(NewDepartment department);

    Optional<DepartmentView> find(UUID id);

    /** The departments of these ids that exist, by id, read at once: for a list that names many departments. */
    Map<UUID, DepartmentView> findAll(Collection<UUID> ids);

    Optional<DepartmentView> findByCode(String code);

    /** Every department, ordered by division and code. */
    List<DepartmentView> all();

    /** Appoints a registered person as an officer; publishes {@link OfficerAppointed}. */
    OfficerView appoint(NewOfficer officer);

    /** The roles the signed-in user may grant in the department (empty if they administer nothing that includes it). */
    Set<Role> grantableIn(UUID departmentId);

    /** Whether the signed-in user administers the department: its officers page and appointments are theirs. */
    boolean administers(UUID departmentId);

    /** Ends an appointment; publishes {@link OfficerDismissed}. */
    void dismiss(UUID officerId, UUID departmentId);

    List<OfficerView> officersOf(UUID departmentId);

    /** The active appointments of a person. */
    List<OfficerView> appointmentsOf(UUID personId);
}
