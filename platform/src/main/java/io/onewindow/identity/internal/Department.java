package io.onewindow.identity.internal;

import io.onewindow.divisions.DivisionLevel;
import io.onewindow.identity.DepartmentFunction;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A government department (部门) at one of the five levels, possibly under a parent department. */
@Table(schema = "identity", name = "department")
class Department {

    @Id
    UUID id;
    @Version
    Integer version;
    String code;
    String name;
    String nameEn;
    String uscc;
    DivisionLevel level;
    String divisionCode;
    UUID parentId;
    Instant createdAt;
    DepartmentFunction function;

    static Department establish(String code, String name, String nameEn, String uscc, DivisionLevel level,
                                String divisionCode, UUID parentId, Instant at) {
        Department department = new Department();
        department.id = UUID.randomUUID();
        department.code = code;
        department.name = name;
        department.nameEn = nameEn;
        department.uscc = uscc;
        department.level = level;
        department.divisionCode = divisionCode;
        department.parentId = parentId;
        department.createdAt = at;
        return department;
    }
}
