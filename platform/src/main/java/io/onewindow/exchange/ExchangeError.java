package io.onewindow.exchange;

import io.onewindow.kernel.error.ErrorCode;

/** Why the exchange refused a request, a decision, a query or a correction. */
public enum ExchangeError implements ErrorCode {
    REQUIRED,
    TOO_LONG,
    PURPOSE_UNKNOWN,
    ITEM_UNKNOWN,
    NO_ITEMS,
    OWN_RESOURCE,
    NOT_YOUR_DEPARTMENT(403),
    RESOURCE_NOT_FOUND(404),
    REQUEST_NOT_FOUND(404),
    GRANT_NOT_FOUND(404),
    CORRECTION_NOT_FOUND(404),
    ALREADY_DECIDED(409),
    ALREADY_REVOKED(409),
    ALREADY_ANSWERED(409),
    NOT_ESCALATED(409),
    SUBSET_ONLY,
    EXPIRY_INVALID,
    NO_GRANT(403),
    GRANT_EXPIRED(403),
    GRANT_REVOKED(403),
    ITEM_NOT_GRANTED(403),
    PURPOSE_NOT_GRANTED(403),
    QUERY_PURPOSE_UNKNOWN(403),
    CLIENT_UNKNOWN(403),
    RATE_EXCEEDED(429),
    SUBJECT_INVALID(400),
    SUBJECT_NOT_FOUND(404),
    NOT_CORRECTABLE;

    private final int status;

    ExchangeError() {
        this(422);
    }

    ExchangeError(int status) {
        this.status = status;
    }

    @Override
    public String messageKey() {
        return "error.exchange." + ErrorCode.kebab(name());
    }

    @Override
    public int httpStatus() {
        return status;
    }
}
