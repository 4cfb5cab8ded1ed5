package io.onewindow.audit;

import io.onewindow.kernel.error.ErrorCode;

/** Why the audit module refused something; messages under {@code error.audit.*}. */
public enum AuditError implements ErrorCode {
    RECORD_NOT_FOUND,
    REASON_REQUIRED,
    REASON_TOO_LONG,      // at most {max} characters
    NOT_YOUR_RECORD,      // only the person whose data was used can report its use
    ALREADY_REPORTED,
    REPORT_NOT_FOUND,
    RESOLUTION_REQUIRED,
    DATE_INVALID,
    DATE_RANGE_INVALID,   // "from" is after "to"
    DEPARTMENT_UNKNOWN;   // a department filter that names no department

    @Override
    public String messageKey() {
        return "error.audit." + ErrorCode.kebab(name());
    }

    @Override
    public int httpStatus() {
        return switch (this) {
            case RECORD_NOT_FOUND, REPORT_NOT_FOUND -> 404;
            case NOT_YOUR_RECORD -> 403;
            default -> 422;
        };
    }
}
