package io.onewindow.identity.internal;

import io.onewindow.identity.DepartmentFunction;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.CrudRepository;

interface DepartmentRepository extends CrudRepository<Department, UUID> {

    Optional<Department> findByCode(String code);

    Optional<Department> findByFunction(DepartmentFunction function);

    List<Department> findAllByOrderByDivisionCodeAscCodeAsc();
}
