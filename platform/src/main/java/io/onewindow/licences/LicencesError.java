package io.onewindow.licences;

import io.onewindow.kernel.error.ErrorCode;

/** What can go wrong with licences; messages under {@code error.licences.<kebab-name>}. */
public enum LicencesError implements ErrorCode {
    LICENCE_NOT_FOUND,          // id
    UNKNOWN_LICENCE_TYPE,       // type
    HOLDER_NOT_FOUND,           // holder
    WRONG_HOLDER_KIND,          // type, expected
    DEPARTMENT_NOT_FOUND,       // department
    NOT_THE_ISSUER,             // (an officer of another department tried to change a licence's status)
    NOT_THE_HOLDER,             // (someone else tried to read a licence's credential)
    ILLEGAL_STATUS_CHANGE,      // from, to
    REASON_REQUIRED,            //
    FIELD_REQUIRED,             // field: its label
    IDENTIFIER_MISMATCH,        // typeCode, issuer: what an imported identifier should carry
    IDENTIFIER_TAKEN,           // identifier
    BAD_DATE,                   // value
    NOT_YOUR_DEPARTMENT,        // department
    NOT_THE_TYPES_ISSUER,       // department, type, issuer: a department outside the line that issues the type
    BAD_PERIOD,                 // from, until: a licence valid until before it is valid from
    SHARE_NOT_FOUND,            // (an expired, withdrawn or unknown link)
    LICENCE_NOT_VALID,          // id, reason: the licence no longer verifies (revoked, suspended, expired)
    SIGNING_KEY_MISSING;        // alias

    @Override
    public int httpStatus() {
        return switch (this) {
            case LICENCE_NOT_FOUND, SHARE_NOT_FOUND -> 404;
            case NOT_THE_ISSUER, NOT_THE_HOLDER -> 403;
            case ILLEGAL_STATUS_CHANGE -> 409;
            case SIGNING_KEY_MISSING -> 500;
            default -> 422;
        };
    }

    @Override
    public String messageKey() {
        return "error.licences." + ErrorCode.kebab(name());
    }
}
