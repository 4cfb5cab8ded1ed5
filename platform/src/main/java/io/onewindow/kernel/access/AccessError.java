package io.onewindow.kernel.access;

import io.onewindow.kernel.error.ErrorCode;

/** Why an account was refused for who its holder is; messages in the kernel bundles under {@code error.access.<kebab-name>}. */
public enum AccessError implements ErrorCode {
    /** A self-declared account asked for what other registers hold about the person it names. */
    REAL_NAME_REQUIRED;

    @Override
    public String messageKey() {
        return "error.access." + ErrorCode.kebab(name());
    }

    @Override
    public int httpStatus() {
        return 403;
    }
}
