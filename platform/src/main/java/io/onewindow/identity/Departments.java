package io.onewindow.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The register of government departments and the officers who work in them. */
public interface Departments {

    DepartmentView establish(NewDepartment department);

    Optional<DepartmentView> find(UUID id);

    Optional<DepartmentView> findByCode(String code);

    /** Every department, ordered by division and code. */
    List<DepartmentView> all();

    /** Appoints a registered person as an officer; publishes {@link OfficerAppointed}. */
    OfficerView appoint(NewOfficer officer);

    /** Ends an appointment; publishes {@link OfficerDismissed}. */
    void dismiss(UUID officerId, UUID departmentId);

    List<OfficerView> officersOf(UUID departmentId);

    /** The active appointments of a person. */
    List<OfficerView> appointmentsOf(UUID personId);
}
