package io.onewindow.benefits;

import io.onewindow.kernel.error.ErrorCode;

/** Why the benefits module refused a rule, a check, an offer decision or a payment file. */
public enum BenefitsError implements ErrorCode {
    REQUIRED,
    RULE_INVALID,
    RULE_OUTSIDE_SQL,
    PARAMETER_INVALID,
    POLICY_NOT_FOUND(404),
    SUBJECT_NOT_FOUND(404),
    NO_FACTS(404),
    OFFER_NOT_FOUND(404),
    NOT_YOURS(403),
    NOT_ALLOWED(403),
    OFFER_DECIDED(409),
    NO_BANK_ACCOUNT(409),
    RUN_IN_PROGRESS(409),
    NOTHING_TO_PAY(409),
    BATCH_NOT_FOUND(404),
    RESULT_FILE_MALFORMED,
    FACTS_FILE_MALFORMED;

    private final int status;

    BenefitsError() {
        this(422);
    }

    BenefitsError(int status) {
        this.status = status;
    }

    @Override
    public String messageKey() {
        return "error.benefits." + ErrorCode.kebab(name());
    }

    @Override
    public int httpStatus() {
        return status;
    }
}
