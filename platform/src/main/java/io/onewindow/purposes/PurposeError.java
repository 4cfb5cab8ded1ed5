package io.onewindow.purposes;

import io.onewindow.kernel.error.ErrorCode;

/** Why the purposes module refused something; messages under {@code error.purposes.*}. */
public enum PurposeError implements ErrorCode {
    UNKNOWN,          // {code} is not on the list, or was retired
    REQUIRED,
    CODE_INVALID,     // lower-case letters, digits and hyphens
    CODE_TAKEN,
    TOO_LONG;         // at most {max} characters

    @Override
    public String messageKey() {
        return "error.purposes." + ErrorCode.kebab(name());
    }

    @Override
    public int httpStatus() {
        return 422;
    }
}
