package io.onewindow.kernel.code;

import io.onewindow.kernel.error.ErrorCode;

/**
 * Why a citizen ID, unified social credit code or organisation code was refused. Messages live in the
 * kernel bundles under {@code error.code.<kebab-name>}; the arguments named in each comment fill them.
 */
public enum CodeError implements ErrorCode {

    CITIZEN_ID_LENGTH,                  // actual
    CITIZEN_ID_CHARACTER,               // position, character
    CITIZEN_ID_BIRTH_DATE_INVALID,      // birthDate: the eight digits as written
    CITIZEN_ID_BIRTH_DATE_TOO_EARLY,    // birthDate, earliest
    CITIZEN_ID_BIRTH_DATE_IN_FUTURE,    // birthDate
    CITIZEN_ID_CHECK_CHARACTER,         // expected, actual
    UNKNOWN_DIVISION,                   // division
    CREDIT_CODE_LENGTH,                 // actual
    CREDIT_CODE_CHARACTER,              // position, character
    CREDIT_CODE_REGISTRATION_AUTHORITY, // authority
    CREDIT_CODE_ENTITY_TYPE,            // authority, entityType
    CREDIT_CODE_CHECK_CHARACTER,        // expected, actual
    ORGANIZATION_CODE_LENGTH,           // actual
    ORGANIZATION_CODE_CHARACTER,        // position, character
    ORGANIZATION_CODE_CHECK_CHARACTER,  // expected, actual
    LICENCE_ID_PREFIX,                  // prefix: what stands where 1.2.156.3005.2 should
    LICENCE_ID_PARTS,                   // actual: the number of dot-separated parts after the prefix
    LICENCE_ID_TYPE_CODE,               // typeCode
    LICENCE_ID_SERIAL,                  // serial
    LICENCE_ID_VERSION,                 // version
    LICENCE_ID_CHECK_CHARACTER;         // expected, actual

    @Override
    public String messageKey() {
        return "error.code." + ErrorCode.kebab(name());
    }
}
