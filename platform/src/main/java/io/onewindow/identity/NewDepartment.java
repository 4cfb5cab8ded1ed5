package io.onewindow.identity;

/**
 * A department to establish, as typed; {@code parentCode} is empty for a top-level department, {@code function}
 * empty unless it is the data bureau or the audit office ({@link DepartmentFunction}).
 */
public record NewDepartment(String code, String name, String nameEn, String uscc, String level, String divisionCode,
                            String parentCode, String function) {
}
