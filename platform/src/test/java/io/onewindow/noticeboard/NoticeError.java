package io.onewindow.noticeboard;

import io.onewindow.kernel.error.ErrorCode;

/** Why the notice board refused a notice. */
public enum NoticeError implements ErrorCode {
    TITLE_REQUIRED;

    @Override
    public String messageKey() {
        return "error.noticeboard." + ErrorCode.kebab(name());
    }
}
