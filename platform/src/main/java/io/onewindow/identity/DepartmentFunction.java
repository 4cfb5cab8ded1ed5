package io.onewindow.identity;

import java.util.Locale;

/**
 * What a department is for, where that decides who may grant which role: the data bureau's administrators
 * appoint data administrators, the audit office's appoint auditors. At most one department has each.
 */
public enum DepartmentFunction {
    /** 大数据局: runs the registers and data sharing. */
    DATA_BUREAU,
    /** 审计局 (or 纪检监察): reads the private audit trail. */
    AUDIT_OFFICE;

    public String messageKey() {
        return "department.function." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
