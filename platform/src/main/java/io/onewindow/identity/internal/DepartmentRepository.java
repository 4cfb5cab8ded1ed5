package io.onewindow.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.CrudRepository;

interface DepartmentRepository extends CrudRepository<Department, UUID> {

    Optional<Department> findByCode(String code);

    List<Department> findAllByOrderByDivisionCodeAscCodeAsc();
}
