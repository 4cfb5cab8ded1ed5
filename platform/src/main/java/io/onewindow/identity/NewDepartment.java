package io.onewindow.identity;

/** A department to establish, as typed; {@code parentCode} is empty for a top-level department. */
public record NewDepartment(String code, String name, String nameEn, String uscc, String level, String divisionCode,
                            String parentCode) {
}
