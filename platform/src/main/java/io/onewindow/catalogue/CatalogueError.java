package io.onewindow.catalogue;

import io.onewindow.kernel.error.ErrorCode;

/** Why the catalogue refused an edit, a publication or a request. */
public enum CatalogueError implements ErrorCode {
    REQUIRED,
    TOO_LONG,
    CODE_INVALID,
    CODE_TAKEN,
    KEY_INVALID,
    KEY_REPEATED,
    NOT_A_NUMBER,
    OUT_OF_RANGE,
    PROMISED_EXCEEDS_STATUTORY,
    CHOICE_UNKNOWN,
    DEPARTMENT_UNKNOWN,
    DEPARTMENT_NOT_YOURS,
    LICENCE_TYPE_UNKNOWN,
    DATA_RESOURCE_UNKNOWN,
    LINE_MALFORMED,
    JSON_MALFORMED,
    FORM_MISSING,
    FORM_DIALECT,
    FORM_KEYWORD_UNSUPPORTED,
    FORM_VALUE_INVALID,
    FORM_FIELD_NAME_INVALID,
    FORM_FIELD_NOT_ASKED,
    FORM_QUESTION_UNKNOWN,
    FORM_QUESTION_REPEATED,
    FORM_ONE_QUESTION_PER_PAGE,
    FORM_LABEL_MISSING,
    FORM_CHOICES_MISMATCH,
    PREFILL_UNKNOWN,
    MEMBER_NOT_PUBLISHED,
    MEMBER_FIELD_UNKNOWN,
    NO_DRAFT(409),
    NOT_PUBLISHED(409),
    ENTRY_NOT_FOUND(404),
    IMPORT_MALFORMED,
    IMPORT_REFUSED;

    private final int status;

    CatalogueError() {
        this(422);
    }

    CatalogueError(int status) {
        this.status = status;
    }

    @Override
    public String messageKey() {
        return "error.catalogue." + ErrorCode.kebab(name());
    }

    @Override
    public int httpStatus() {
        return status;
    }
}
