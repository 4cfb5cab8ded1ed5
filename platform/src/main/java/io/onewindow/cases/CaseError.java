package io.onewindow.cases;

import io.onewindow.kernel.error.ErrorCode;

/** Why the cases module refused an application, an answer, an action or a rating. */
public enum CaseError implements ErrorCode {
    ILLEGAL_TRANSITION(409),
    NOT_YOURS(403),
    REASON_REQUIRED,
    STALE(409),
    NOT_FOUND(404),
    ENTRY_UNKNOWN(404),
    CODE_REQUIRED,
    NOT_A_DRAFT(409),
    AUDIENCE,
    ANSWER_REQUIRED,
    ANSWER_TOO_SHORT,
    ANSWER_TOO_LONG,
    ANSWER_PATTERN,
    ANSWER_NOT_A_NUMBER,
    ANSWER_NOT_AN_INTEGER,
    ANSWER_TOO_SMALL,
    ANSWER_TOO_LARGE,
    ANSWER_CHOICE,
    ANSWER_DATE,
    ANSWER_EMAIL,
    ANSWER_BOOLEAN,
    ANSWER_UNKNOWN,
    UPLOAD_EMPTY,
    UPLOAD_TOO_LARGE,
    UPLOAD_TYPE,
    MATERIAL_UNKNOWN,
    OFFER_UNKNOWN,
    NOT_RATEABLE(409),
    ALREADY_RATED(409),
    RATING_LEVEL,
    COMMENT_TOO_LONG,
    REPLY_REQUIRED,
    FOLLOW_UP_REQUIRED,
    NOT_AN_OFFICER(403),
    /** 回避: an officer does not work their own application (行政许可法 art. 48). */
    OWN_APPLICATION(403),
    NOT_THE_DEPARTMENTS_ADMIN(403),
    ASSIGNEE_UNKNOWN;

    private final int status;

    CaseError() {
        this(422);
    }

    CaseError(int status) {
        this.status = status;
    }

    @Override
    public String messageKey() {
        return "error.cases." + ErrorCode.kebab(name());
    }

    @Override
    public int httpStatus() {
        return status;
    }
}
