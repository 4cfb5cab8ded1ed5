package io.onewindow.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.CrudRepository;

interface OfficerRepository extends CrudRepository<Officer, UUID> {

    List<Officer> findByPersonIdAndActiveTrue(UUID personId);

    List<Officer> findByDepartmentIdAndActiveTrueOrderByCreatedAt(UUID departmentId);

    Optional<Officer> findByPersonIdAndDepartmentId(UUID personId, UUID departmentId);
}
